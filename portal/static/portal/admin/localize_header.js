/* wagtail-localize 1.14's editor titles each section "<source> to <target> translation" in
   English whatever the admin's language (a template string in its bundle, not gettext). This
   rewrites that title, wherever the editor renders it, as "<source> → <target>", which reads the
   same in Turkish and English. Loaded on every admin page (portal/wagtail_hooks.py); it does
   nothing where the title is absent. */
(function () {
  "use strict";

  var TITLE = /^\s*(.+?) to (.+?) translation\s*$/;

  function rewrite(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var node;
    while ((node = walker.nextNode())) {
      var match = TITLE.exec(node.nodeValue);
      if (match) {
        node.nodeValue = match[1] + " → " + match[2];
      }
    }
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) {
      return;
    }
    rewrite(editor);
    new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        mutation.addedNodes.forEach(function (added) {
          if (added.nodeType === Node.TEXT_NODE) {
            rewrite(added.parentNode || editor);
          } else if (added.nodeType === Node.ELEMENT_NODE) {
            rewrite(added);
          }
        });
        if (mutation.type === "characterData") {
          rewrite(mutation.target.parentNode || editor);
        }
      });
    }).observe(editor, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
