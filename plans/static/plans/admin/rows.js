/* Starts Wagtail's InlinePanel for every compact row table (plans/admin_panels.py: RowTablePanel).
   Its options come from the panel's JSON block, so the template needs no inline script. */
(function () {
  "use strict";

  function start() {
    document.querySelectorAll('script[type="application/json"][id$="-ROW_TABLE_OPTIONS"]').forEach(function (block) {
      if (block.dataset.started) {
        return;
      }
      block.dataset.started = "true";
      new window.InlinePanel(JSON.parse(block.textContent));
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
