// Fills a time zone field that nothing was chosen for yet with the browser's own IANA zone.
// Without JavaScript the field keeps the server's zone (or is left empty), which also works.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone) return;
  document.querySelectorAll('input[data-browser-zone="fill"]').forEach(function (input) {
    input.value = zone;
  });
})();
