"""Remove Wagtail's starter groups "Editors" and "Moderators" while nobody belongs to them.

The portal's roles (portal.roles: Editörler, İzleme Heyeti, Eğitim Katılımcıları and one reporters
group per municipality) replace them; leaving both sets would invite giving someone the wrong one.
Groups that already have members are left alone.
"""

from django.db import migrations


def remove_unused_default_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name__in=["Editors", "Moderators"], user__isnull=True).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_english_locale"),
        # Every migration that gives these groups permissions must run first.
        ("wagtailcore", "0005_add_page_lock_permission_to_moderators"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0002_initial_data"),
        ("wagtailimages", "0002_initial_data"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(remove_unused_default_groups, migrations.RunPython.noop)]
