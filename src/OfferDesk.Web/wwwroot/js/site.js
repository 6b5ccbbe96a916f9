// Small improvements on top of pages that work without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  // Copy buttons: shown only where the clipboard can be used.
  if (navigator.clipboard) {
    for (const button of document.querySelectorAll("button.copy[data-copy]")) {
      button.hidden = false;
      button.addEventListener("click", async () => {
        const source = document.getElementById(button.dataset.copy);
        if (!source) return;
        const label = button.textContent;
        try {
          await navigator.clipboard.writeText(source.textContent);
          button.textContent = "Copied";
        } catch {
          // The browser said no (a permission, a page not in focus): say so, not a silent nothing.
          button.textContent = "Could not copy: select the text instead";
        }
        setTimeout(() => { button.textContent = label; }, 2500);
      });
    }
  }
  // A date field's weekday beside it, as it is picked ("Friday, March 13"): the server writes it for
  // the value it sent; this keeps it in step with what is picked.
  const weekday = new Intl.DateTimeFormat("en-US", { weekday: "long", month: "long", day: "numeric" });
  for (const shown of document.querySelectorAll("[data-weekday-of]")) {
    const field = document.getElementById(shown.dataset.weekdayOf);
    if (!field) continue;
    const update = () => {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(field.value);
      shown.textContent = m ? weekday.format(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : "";
    };
    field.addEventListener("input", update);
    field.addEventListener("change", update);
  }
  // Text with a limit: no maxlength, which cuts a paste without a word. Near the limit a counter
  // says how much is left; past it the field says by how much, and its form is not sent until it
  // is shortened (the server refuses it too, and shows it back whole).
  const count = new Intl.NumberFormat("en-US");
  let counters = 0;
  for (const field of document.querySelectorAll("input[data-limit], textarea[data-limit]")) {
    const limit = Number(field.dataset.limit);
    if (!(limit > 0)) continue;
    const counter = document.createElement("p");
    counter.className = "counter";
    counter.id = `counter-${++counters}`;
    counter.setAttribute("aria-live", "polite");
    field.insertAdjacentElement("afterend", counter);
    field.setAttribute("aria-describedby", `${field.getAttribute("aria-describedby") ?? ""} ${counter.id}`.trim());
    const update = () => {
      // As the server counts: ends trimmed, a line break sent as two characters.
      let text = field.value.trim();
      if (field instanceof HTMLTextAreaElement) text = text.replace(/\r?\n/g, "\r\n");
      const n = text.length;
      if (n > limit) {
        const words = `${count.format(n)} characters: ${count.format(n - limit)} more than the ${count.format(limit)} that fit. Nothing is cut: shorten it to save.`;
        counter.textContent = words;
        counter.classList.add("over");
        field.setCustomValidity(words);
      } else {
        counter.textContent = n >= limit * 0.9 ? `${count.format(n)} of ${count.format(limit)} characters` : "";
        counter.classList.remove("over");
        field.setCustomValidity("");
      }
    };
    field.addEventListener("input", update);
    update();
  }
  // A company's page is one form in parts, each saved on its own: say which parts hold changes
  // not saved yet, check only the part being saved, and let Enter in a field save its own part.
  for (const part of document.querySelectorAll(".part")) {
    const note = part.querySelector(".unsaved");
    const save = part.querySelector(".save-row button[type=submit]");
    if (!note || !save) continue;
    const mark = () => { note.hidden = false; };
    part.addEventListener("input", mark);
    part.addEventListener("change", mark);
    save.addEventListener("click", (e) => {
      for (const field of part.querySelectorAll("input, select, textarea")) {
        if (!field.checkValidity()) {
          e.preventDefault();
          field.reportValidity();
          return;
        }
      }
    });
    part.addEventListener("keydown", (e) => {
      const field = e.target;
      if (e.key !== "Enter" || e.isComposing || !(field instanceof HTMLInputElement)) return;
      if (["checkbox", "radio", "submit", "button", "reset", "file"].includes(field.type)) return;
      e.preventDefault();
      save.click();
    });
  }
  // Leaving a company's page another way (a Done, removing the company, a link) would lose what
  // was typed in a part and not saved: the browser asks first. The parts' own buttons send the
  // whole form, which keeps the rest as typed, so they do not ask.
  const parts = document.querySelector("form.parts-form");
  if (parts) {
    let sending = false;
    parts.addEventListener("submit", () => { sending = true; });
    window.addEventListener("beforeunload", (e) => {
      if (sending || !parts.querySelector(".unsaved:not([hidden])")) return;
      e.preventDefault();
      e.returnValue = "";
    });
    // Back on the page from the browser's cache (Back after leaving), it may be left again.
    window.addEventListener("pageshow", () => { sending = false; });
  }
  // The confirmation after a post (a re-rank by drag or button, a save) is a live region, but
  // one already there when the page loads is not read out: put its words in again, so it is.
  // Its own nodes go back, links and all.
  const flash = document.querySelector(".flash[role=status]");
  if (flash && flash.textContent.trim() !== "") {
    const said = [...flash.childNodes];
    flash.replaceChildren();
    setTimeout(() => flash.replaceChildren(...said), 150);
  }
  // A date typed in the past gets its hint at once; the server says it too, on save.
  for (const input of document.querySelectorAll("input[data-past-after]")) {
    const hint = document.getElementById(input.id + "-past");
    if (!hint) continue;
    const generic = "This date has passed. If they gave you more time, put the new date here; if not, answer them now.";
    input.addEventListener("change", () => {
      const past = input.value !== "" && input.value < input.dataset.pastAfter;
      if (past && hint.hidden) hint.textContent = generic;
      hint.hidden = !past;
    });
  }
  // Move focus to a list of problems so screen readers announce it.
  document.getElementById("problems")?.focus();
  // A print button on the call sheet.
  for (const button of document.querySelectorAll("button[data-print]")) {
    button.hidden = false;
    button.addEventListener("click", () => window.print());
  }
  // The board: drag a card to another column to move it, or onto a card to rank it just above.
  // It fills and sends the same form a keyboard user reaches through "Move to" and the rank buttons.
  const drop = document.getElementById("board-drop");
  if (drop) {
    let dragged = null;
    for (const card of document.querySelectorAll(".bcard[data-id]")) {
      card.draggable = true;
      card.addEventListener("dragstart", (e) => {
        dragged = card;
        card.classList.add("dragging");
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", card.dataset.id);
      });
      card.addEventListener("dragend", () => { card.classList.remove("dragging"); dragged = null; });
    }
    for (const column of document.querySelectorAll(".column[data-drop]")) {
      column.addEventListener("dragover", (e) => { if (dragged) { e.preventDefault(); column.classList.add("drop-here"); } });
      column.addEventListener("dragleave", () => column.classList.remove("drop-here"));
      column.addEventListener("drop", (e) => {
        e.preventDefault();
        column.classList.remove("drop-here");
        if (!dragged) return;
        const target = e.target.closest(".bcard[data-id]");
        const sameColumn = dragged.closest(".column") === column;
        if (sameColumn && (!target || target === dragged)) return;
        drop.elements.namedItem("id").value = dragged.dataset.id;
        drop.elements.namedItem("to").value = column.dataset.drop;
        drop.elements.namedItem("before").value = sameColumn && target ? target.dataset.id : "";
        drop.submit();
      });
    }
  }
});
