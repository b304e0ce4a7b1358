"""Models of training/: the programme pages, enrollments and download counts."""

from .downloads import MaterialDownload
from .enrollment import Enrollment, OrganisationKind
from .pages import (
    TrainingAudience,
    TrainingIndexPage,
    TrainingModulePage,
    TrainingProgrammePage,
    TrainingTopic,
)

__all__ = [
    "Enrollment",
    "MaterialDownload",
    "OrganisationKind",
    "TrainingAudience",
    "TrainingIndexPage",
    "TrainingModulePage",
    "TrainingProgrammePage",
    "TrainingTopic",
]
