/* After a form fails, the summary of its errors (includes/form_errors.html) takes the focus,
   so a keyboard or screen-reader user starts there, not at the top of the page. */
(function () {
  "use strict";
  var summary = document.querySelector(".error-summary");
  if (summary) summary.focus();
})();
