// The code cards' "Print the cards" button: shown only where this script runs (it needs it);
// without it, the page says how to print from the browser.
(function () {
  var button = document.querySelector('button.print');
  if (!button) return;
  button.hidden = false;
  button.addEventListener('click', function () { window.print(); });
})();
