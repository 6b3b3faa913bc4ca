// Behaviour shared by both themes. Loaded as a file: the CSP forbids inline scripts.
(function () {
  "use strict";

  // htmx requests carry the antiforgery token (the server validates it on every unsafe method).
  document.addEventListener("htmx:configRequest", function (e) {
    var meta = document.querySelector('meta[name="request-verification-token"]');
    if (meta) {
      e.detail.headers["RequestVerificationToken"] = meta.getAttribute("content");
    }
  });

  // Skip links: move focus to the target, even when it is not focusable by itself (main).
  document.addEventListener("click", function (e) {
    var link = e.target.closest("[data-skip-to]");
    if (!link) return;
    var target = document.getElementById(link.getAttribute("data-skip-to"));
    if (!target) return;
    e.preventDefault();
    if (!target.matches("input, select, textarea, button, a[href]") && !target.hasAttribute("tabindex")) {
      target.setAttribute("tabindex", "-1");
    }
    target.focus();
    target.scrollIntoView({ block: "start" });
  });

  // Header search typeahead: suggestions come from /directory/typeahead as links; arrows move through them,
  // Escape closes the list and returns to the box.
  function suggestionLinks(form) {
    return Array.prototype.slice.call(form.querySelectorAll(".typeahead-suggestions a[href]"));
  }

  function setExpanded(form) {
    var input = form.querySelector('input[name="q"]');
    var box = form.querySelector(".typeahead-suggestions");
    var open = suggestionLinks(form).length > 0 && input.value.trim().length > 0;
    box.classList.toggle("show", open);
    input.setAttribute("aria-expanded", open ? "true" : "false");
  }

  document.addEventListener("htmx:afterSwap", function (e) {
    var form = e.target.closest && e.target.closest("[data-typeahead]");
    if (!form) return;
    suggestionLinks(form).forEach(function (a, i) {
      a.setAttribute("role", "option");
      a.setAttribute("tabindex", "-1");
      a.id = a.id || "header-search-option-" + i;
    });
    setExpanded(form);
  });

  document.addEventListener("keydown", function (e) {
    var form = e.target.closest && e.target.closest("[data-typeahead]");
    if (!form) return;
    var input = form.querySelector('input[name="q"]');
    var links = suggestionLinks(form);
    var index = links.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && links.length) {
      e.preventDefault();
      links[Math.min(index + 1, links.length - 1)].focus();
    } else if (e.key === "ArrowUp" && links.length) {
      e.preventDefault();
      if (index <= 0) input.focus(); else links[index - 1].focus();
    } else if (e.key === "Escape") {
      form.querySelector(".typeahead-suggestions").innerHTML = "";
      setExpanded(form);
      input.focus();
    }
  });

  document.addEventListener("focusout", function (e) {
    var form = e.target.closest && e.target.closest("[data-typeahead]");
    if (!form) return;
    setTimeout(function () {
      if (!form.contains(document.activeElement)) {
        form.querySelector(".typeahead-suggestions").classList.remove("show");
        form.querySelector('input[name="q"]').setAttribute("aria-expanded", "false");
      }
    }, 150);
  });

  // Confirmation for destructive buttons: <button data-confirm="…">.
  document.addEventListener("submit", function (e) {
    var button = e.submitter;
    var message = (button && button.getAttribute("data-confirm")) || e.target.getAttribute("data-confirm");
    if (message && !window.confirm(message)) {
      e.preventDefault();
    }
  });
})();
