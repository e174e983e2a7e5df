/* Enhances organisations/templates/widgets/checklist.html: a search box that narrows a long
   list of checkboxes, a count of what is shown, and a summary of what is ticked. The list works
   without this script; nothing here is needed to submit the form. */
(function () {
  "use strict";

  var SUMMARY_NAMES = 6;

  function normalise(text) {
    return (text || "").normalize("NFKC").toLocaleLowerCase().trim();
  }

  function optionName(option) {
    var label = option.querySelector("label");
    var korean = label.querySelector("[lang]");
    var text = label.textContent;
    return korean ? text.replace(korean.textContent, "").trim() : text.trim();
  }

  function enhance(root) {
    var tools = root.querySelector("[data-checklist-tools]");
    var search = root.querySelector("[data-checklist-search]");
    var status = root.querySelector("[data-checklist-status]");
    var selected = root.querySelector("[data-checklist-selected]");
    var empty = root.querySelector("[data-checklist-empty]");
    var options = Array.prototype.slice.call(root.querySelectorAll("[data-checklist-option]"));
    var groups = Array.prototype.slice.call(root.querySelectorAll("[data-checklist-group]"));

    function filter() {
      var query = normalise(search.value);
      var shown = 0;
      groups.forEach(function (group) {
        var label = group.querySelector("[data-checklist-group-label]");
        group.dataset.matches = query && normalise(label.textContent).indexOf(query) !== -1 ? "1" : "";
      });
      options.forEach(function (option) {
        var group = option.closest("[data-checklist-group]");
        var match = !query || option.dataset.search.indexOf(query) !== -1 ||
          (group !== null && group.dataset.matches === "1");
        option.hidden = !match;
        if (match) shown += 1;
      });
      groups.forEach(function (group) {
        group.hidden = group.querySelector("[data-checklist-option]:not([hidden])") === null;
      });
      empty.hidden = shown !== 0;
      status.textContent = query ? shown + " of " + options.length + " shown" : "";
    }

    function summarise() {
      var names = options.filter(function (option) {
        return option.querySelector("input").checked;
      }).map(optionName);
      if (names.length === 0) {
        selected.textContent = "None selected yet.";
        return;
      }
      var listed = names.slice(0, SUMMARY_NAMES).join(", ");
      var more = names.length > SUMMARY_NAMES ? " and " + (names.length - SUMMARY_NAMES) + " more" : "";
      selected.textContent = names.length + " selected: " + listed + more + ".";
    }

    search.addEventListener("input", filter);
    // Enter in the search box would submit the whole form half-filled.
    search.addEventListener("keydown", function (event) {
      if (event.key === "Enter") event.preventDefault();
    });
    root.addEventListener("change", summarise);
    tools.hidden = false;
    summarise();
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-checklist]"), enhance);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
