// "Leave this site", enhanced: Escape pressed twice leaves too, and leaving replaces this page
// in the history so Back does not return to it. The plain link works without this script.
(function () {
  var last = 0;
  function leave(event) {
    if (event) event.preventDefault();
    window.location.replace('/exit');
  }
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') return;
    var now = Date.now();
    if (now - last < 1500) leave(event);
    last = now;
  });
  var link = document.querySelector('a.exit');
  if (link) link.addEventListener('click', leave);
})();
