// Shows event times in the reader's own time zone next to the event's, when the zones differ
// (the element's data-event-zone, an IANA name as the browser gives its own).
// Loaded as a file (no inline script) so the content security policy can forbid inline code.
(function () {
  "use strict";
  // The zone a member chose (the page puts it on <body>), else the browser's own.
  var browserZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  var readerZone = document.body.getAttribute("data-reader-zone") || browserZone;
  // A zone the server knows but this browser does not would make every format below throw.
  try { new Intl.DateTimeFormat(undefined, { timeZone: readerZone }); } catch (e) {
    readerZone = browserZone;
  }
  // The page's language, so a Korean page shows Korean times; the browser's own variant of it
  // when they agree (a reader's en-US rather than the page's bare "en", read as the site's en-GB).
  var pageLang = (document.documentElement.lang || "").toLowerCase();
  var browserLang = (navigator.language || "").toLowerCase();
  var locale = !pageLang || browserLang.split("-")[0] === pageLang.split("-")[0]
    ? undefined : pageLang === "en" ? "en-GB" : pageLang;
  // The 24-hour clock, as the page writes the event's own times (Korean would otherwise say
  // "오전 12:00" for midnight next to the page's "00:00").
  var format = new Intl.DateTimeFormat(locale, {
    weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
    hourCycle: "h23", timeZoneName: "short", timeZone: readerZone
  });
  var timeOnly = new Intl.DateTimeFormat(locale, {
    hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: readerZone
  });
  // The calendar day in the reader's zone, to write a same-day end as a time alone.
  var day = new Intl.DateTimeFormat("en-CA", { timeZone: readerZone });
  document.querySelectorAll("[data-local-time]").forEach(function (element) {
    var starts = new Date(element.getAttribute("data-local-time"));
    var ends = new Date(element.getAttribute("data-local-end"));
    // A reader in the event's own zone would read the same times twice.
    if (isNaN(starts) || element.getAttribute("data-event-zone") === readerZone) { return; }
    var text = element.querySelector("[data-local-text]");
    var sameDay = !isNaN(ends) && ends - starts < 86400000 &&
      day.format(starts) === day.format(ends);
    var end = isNaN(ends) ? "" : "–" + (sameDay ? timeOnly : format).format(ends);
    text.textContent = format.format(starts) + end;
    element.setAttribute("title", readerZone);
    element.hidden = false;
  });
})();
