/*
 * Main menu behind a button on narrow screens (progressive enhancement;
 * templates/components/main_navigation.html, loaded with defer by templates/base.html).
 *
 * Without this script the menu is a plain visible list and the button stays hidden. The script
 * shows the button and marks the menu as enhanced; the stylesheet (portal.css, "Phone
 * navigation") then hides the list on narrow screens while the button says aria-expanded="false".
 * The button toggles the list; Escape closes it and returns focus to the button. On wide screens
 * the stylesheet hides the button and always shows the list, so the desktop menu is unchanged.
 */
(function () {
  'use strict';

  var NARROW = window.matchMedia('(max-width: 45em)');

  function enhance(nav) {
    var button = nav.querySelector('.main-nav__toggle');
    var list = button && document.getElementById(button.getAttribute('aria-controls'));
    if (!list) {
      return;
    }

    function setOpen(open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    function isOpen() {
      return button.getAttribute('aria-expanded') === 'true';
    }

    button.hidden = false;
    nav.classList.add('main-nav--enhanced');
    setOpen(false);

    button.addEventListener('click', function () {
      setOpen(!isOpen());
    });

    nav.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && NARROW.matches && isOpen()) {
        setOpen(false);
        button.focus();
      }
    });

    // A visitor who widens the window past the breakpoint and back finds the menu closed.
    NARROW.addEventListener('change', function () {
      setOpen(false);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('[data-main-nav]'), enhance);
})();
