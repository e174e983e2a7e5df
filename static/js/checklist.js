/* Enhances organisations/templates/widgets/checklist.html: a search box that narrows a long
   list of checkboxes, a count of what is shown, and a summary of what is ticked. The list works
   without this script; nothing here is needed to submit the form. */
(function () {
  "use strict";

  var SUMMARY_NAMES = 6;

  function normalise(text) {
    return (text || "").normalize("NFKC").toLocaleLowerCase().trim();
  }

  // Numbers as the page's language writes them (1,240 in both English and Korean).
  function number(value) {
    return value.toLocaleString(document.documentElement.lang || undefined);
  }

  // The page's words, translated by the template ("{shown} of {total} shown").
  function words(root, name, values) {
    return (root.dataset[name] || "").replace(/\{(\w+)\}/g, function (whole, key) {
      return key in values ? String(values[key]) : whole;
    });
  }

  function optionName(option) {
    // The name in the reader's language, when the page gives it.
    if (option.dataset.name) return option.dataset.name;
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
      status.textContent = query
        ? words(root, "textShown", { shown: number(shown), total: number(options.length) })
        : "";
    }

    function summarise() {
      var names = options.filter(function (option) {
        return option.querySelector("input").checked;
      }).map(optionName);
      if (names.length === 0) {
        selected.textContent = words(root, "textNone", {});
        return;
      }
      var listed = names.slice(0, SUMMARY_NAMES).join(", ");
      if (names.length > SUMMARY_NAMES) {
        listed = words(root, "textMore", {
          names: listed,
          more: number(names.length - SUMMARY_NAMES),
        });
      }
      selected.textContent = words(root, "textSelected", { count: number(names.length), names: listed });
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
