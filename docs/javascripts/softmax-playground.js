// The softmax playground: edit the classes, their logits, the temperature and the base, and see
// the softmax and the sigmoid change as you type.
//
// site.js imports this module on the pages that hold an element marked [data-softmax-playground]
// (snippets/playground/widget.py prints one, with the running example in its data attributes)
// and builds a widget in each with mountPlayground. Only a container that also has
// [data-hash-state] keeps its state in the URL hash, so two widgets never fight over the address.
//
// This file is the widget: DOM, events and history. The maths, the formatting, the parsing and
// the hash format are in playground-maths.js, which has no DOM and is unit-tested against
// snippets/activations.py. Text typed by the reader reaches the page only through textContent
// and attribute values, never as HTML.

import {
  MAX_CLASSES,
  MIN_CLASSES,
  SLIDER_MAX,
  SLIDER_MIN,
  formatLogit,
  formatPower,
  formatPowerSum,
  formatProbability,
  parseKnob,
  parseLogit,
  sigmoid,
  sliderPosition,
  sliderTemperatureText,
  softmax,
  stateFromHash,
  stateToHash,
} from "./playground-maths.js";

const PRESET_BASES = ["e", "2", "10"];
const HASH_TYPING_DELAY_MS = 250; // browsers throttle history calls: one per pause is enough
const SVG_NS = "http://www.w3.org/2000/svg";

// ---------------------------------------------------------------------------------------------
// The address: the hash without its "#", and a URL that changes only the hash.

function currentHash() {
  return location.hash.slice(1);
}

function urlWithHash(hash) {
  return `${location.pathname}${location.search}${hash ? `#${hash}` : ""}`;
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: children are appended as nodes or text, never parsed as HTML.

function element(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

function svgElement(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(node, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value === null || value === undefined) continue;
    node.setAttribute(name, value === true ? "" : String(value));
  }
  node.append(...children);
  return node;
}

function visuallyHidden(text) {
  return element("span", { class: "spg-visually-hidden" }, text);
}

/** Read the default state from the container's data attributes (JSON, printed by Python). */
function readDefaults(root) {
  try {
    const labels = JSON.parse(root.dataset.labels);
    const logits = JSON.parse(root.dataset.logits);
    const valid =
      Array.isArray(labels) &&
      Array.isArray(logits) &&
      logits.length >= MIN_CLASSES &&
      logits.length <= MAX_CLASSES &&
      logits.every((z) => typeof z === "number");
    if (valid) {
      return {
        labels: logits.map((_, i) => String(labels[i] ?? `class ${i + 1}`)),
        logitTexts: logits.map(String),
        temperatureText: String(Number(root.dataset.temperature ?? 1)),
        baseText: root.dataset.base ?? "e",
      };
    }
  } catch {
    // Fall through: a broken container still gets a working widget.
  }
  return { labels: ["class 1"], logitTexts: ["0"], temperatureText: "1", baseText: "e" };
}

// ---------------------------------------------------------------------------------------------
// The widget.

let widgetCount = 0;
let hashOwner = null;

class Playground {
  constructor(root) {
    this.root = root;
    this.id = `spg-${++widgetCount}`;
    this.rows = [];
    this.results = null; // the last valid input and its outputs: they stay while a field is bad
    this.notice = ""; // a problem with a link's state, shown until the next edit
    this.replaceTimer = null; // a pending rewrite of the hash while the reader types
    this.defaults = readDefaults(root);
    this.syncsHash = root.hasAttribute("data-hash-state") && hashOwner === null;
    if (this.syncsHash) hashOwner = this;
    this.build();
    this.setState(this.defaults);
    this.update("none");
    if (this.syncsHash) this.listenToHistory();
  }

  build() {
    const id = this.id;
    this.rowList = element("div", { class: "spg-rows" });
    this.limitNote = element("p", { class: "spg-note", id: `${id}-limit` });
    this.addButton = this.button("add", "Add a class");
    const classes = element(
      "fieldset",
      { class: "spg-classes" },
      element("legend", {}, "Classes and their logits"),
      this.rowList,
      element("div", { class: "spg-actions" }, this.addButton),
      this.limitNote,
    );

    this.slider = element("input", {
      type: "range",
      id: `${id}-temperature-slider`,
      min: SLIDER_MIN,
      max: SLIDER_MAX,
      step: "0.01",
      "aria-describedby": `${id}-temperature-scale`,
    });
    this.temperature = this.textInput(`${id}-temperature`);
    this.temperatureMessage = this.message(this.temperature);
    this.baseSelect = element(
      "select",
      { id: `${id}-base` },
      ...PRESET_BASES.map((base) => element("option", { value: base }, base)),
      element("option", { value: "other" }, "other…"),
    );
    this.baseOther = this.textInput(`${id}-base-other`);
    this.baseMessage = this.message(this.baseOther);
    this.baseOtherField = element(
      "div",
      { class: "spg-field", hidden: true },
      element("label", { for: this.baseOther.id }, "Other base b"),
      this.baseOther,
      this.baseMessage,
    );
    const knobs = element(
      "fieldset",
      { class: "spg-knobs" },
      element("legend", {}, "Temperature and base"),
      element(
        "div",
        { class: "spg-field" },
        element("label", { for: this.slider.id }, "Temperature slider"),
        this.slider,
        element(
          "p",
          { class: "spg-note", id: `${id}-temperature-scale` },
          `Log scale, from ${10 ** SLIDER_MIN} to ${10 ** SLIDER_MAX}.`,
        ),
      ),
      element(
        "div",
        { class: "spg-field" },
        element("label", { for: this.temperature.id }, "Temperature T"),
        this.temperature,
        this.temperatureMessage,
      ),
      element(
        "div",
        { class: "spg-field" },
        element("label", { for: this.baseSelect.id }, "Base b"),
        this.baseSelect,
      ),
      this.baseOtherField,
    );

    this.resetButton = this.button("reset", "Reset to the running example");
    this.status = element("p", { class: "spg-status", role: "status" });

    this.chartBox = element("div", { class: "spg-chart" });
    const legend = element(
      "ul",
      { class: "spg-legend" },
      element(
        "li",
        {},
        element("span", { class: "spg-swatch spg-swatch-softmax" }),
        "softmax: the classes share one unit of probability",
      ),
      element(
        "li",
        {},
        element("span", { class: "spg-swatch spg-swatch-sigmoid" }),
        "sigmoid of each logit, on its own",
      ),
    );
    this.caption = element("caption", { id: `${id}-caption` });
    this.tableBody = element("tbody");
    this.tableFoot = element("tfoot");
    const powerHeader = element(
      "th",
      { scope: "col" },
      element("span", { "aria-hidden": "true" }, "e", element("sup", {}, "z ln b / T")),
      visuallyHidden("e to the power z ln b over T"),
    );
    const table = element(
      "table",
      { class: "spg-table" },
      this.caption,
      element(
        "thead",
        {},
        element(
          "tr",
          {},
          element("th", { scope: "col" }, "Class"),
          element("th", { scope: "col" }, "Logit z"),
          powerHeader,
          element("th", { scope: "col" }, "Softmax"),
          element("th", { scope: "col" }, "Sigmoid σ(z)"),
        ),
      ),
      this.tableBody,
      this.tableFoot,
    );
    // Focusable and named, so keyboard users can scroll the table when it is wider than the screen.
    const tableBox = element(
      "div",
      { class: "spg-table-box", tabindex: "0", role: "region", "aria-labelledby": this.caption.id },
      table,
    );

    this.root.append(
      element(
        "div",
        { class: "spg-widget" },
        element("div", { class: "spg-controls" }, classes, knobs),
        element("div", { class: "spg-actions" }, this.resetButton),
        this.status,
        element(
          "figure",
          { class: "spg-figure" },
          this.chartBox,
          element("figcaption", {}, legend),
        ),
        tableBox,
      ),
    );

    this.root.addEventListener("input", (event) => this.onInput(event));
    this.root.addEventListener("change", () => this.commit());
    this.root.addEventListener("click", (event) => this.onClick(event));
    // Redraw the chart at the new width, so its text stays at the page's size. The width is kept
    // here rather than read on every keystroke, which would force a layout of the whole page.
    this.chartWidth = this.chartBox.clientWidth;
    new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width === this.chartWidth) return;
      this.chartWidth = width;
      if (this.results) this.renderChart();
    }).observe(this.chartBox);
  }

  // No inputmode="decimal": phone keypads for it lack the letters of "inf" and "e", some the minus.
  textInput(id, className) {
    return element("input", {
      type: "text",
      id,
      class: className,
      autocomplete: "off",
      spellcheck: "false",
    });
  }

  /** The inline message of a field: empty while the field is valid. */
  message(input) {
    const message = element("p", { class: "spg-message" });
    this.describe(input, message, `${input.id}-message`);
    return message;
  }

  describe(input, message, id) {
    message.id = id;
    input.setAttribute("aria-describedby", id);
  }

  /** The add, remove and reset buttons; the limits note says why add or remove is disabled. */
  button(action, ...label) {
    return element(
      "button",
      {
        type: "button",
        class: "spg-button",
        "data-action": action,
        "aria-describedby": action === "reset" ? null : `${this.id}-limit`,
      },
      ...label,
    );
  }

  // ---- rows -------------------------------------------------------------------------------

  addRow(label, logitText) {
    const row = {
      label: this.textInput(null, "spg-label"),
      logit: this.textInput(null, "spg-logit"),
      labelText: element("label"),
      logitText: element("label"),
      message: element("p", { class: "spg-message" }),
      remove: this.button("remove"),
    };
    row.label.value = label;
    row.logit.value = logitText;
    row.element = element(
      "div",
      { class: "spg-row" },
      element("div", { class: "spg-pair" }, row.labelText, row.label),
      element("div", { class: "spg-pair" }, row.logitText, row.logit),
      row.remove,
      row.message,
    );
    this.rows.push(row);
    this.rowList.append(row.element);
  }

  /** Ids, labels and button states depend on the row's position: set them after every change. */
  renumberRows() {
    this.rows.forEach((row, i) => {
      const n = i + 1;
      row.label.id = `${this.id}-label-${n}`;
      row.logit.id = `${this.id}-logit-${n}`;
      this.describe(row.logit, row.message, `${row.logit.id}-message`);
      row.labelText.htmlFor = row.label.id;
      row.labelText.textContent = `Class ${n}`;
      row.logitText.htmlFor = row.logit.id;
      row.logitText.textContent = `Logit ${n}`;
      row.remove.replaceChildren("Remove", visuallyHidden(` class ${n}`));
      row.remove.disabled = this.rows.length <= MIN_CLASSES;
    });
    this.addButton.disabled = this.rows.length >= MAX_CLASSES;
    if (this.rows.length >= MAX_CLASSES) {
      this.limitNote.textContent =
        `The playground holds at most ${MAX_CLASSES} classes: remove one to add another.`;
    } else if (this.rows.length <= MIN_CLASSES) {
      this.limitNote.textContent =
        "A softmax needs at least one class, so the last one cannot be removed.";
    } else {
      this.limitNote.textContent = "";
    }
  }

  // ---- state ------------------------------------------------------------------------------

  /** Put a state's texts in the fields (they are checked by the next update). */
  setState(state) {
    for (const row of this.rows) row.element.remove();
    this.rows = [];
    state.logitTexts.forEach((text, i) => this.addRow(state.labels[i], text));
    this.renumberRows();
    this.temperature.value = state.temperatureText;
    this.syncSlider();
    const base = state.baseText.trim().toLowerCase();
    if (PRESET_BASES.includes(base)) {
      this.baseSelect.value = base;
    } else {
      this.baseSelect.value = "other";
      this.baseOther.value = state.baseText;
    }
    this.baseOtherField.hidden = this.baseSelect.value !== "other";
  }

  /** Check every field, mark the bad ones, and return the parsed state, or null if any is bad. */
  read() {
    let valid = true;
    const check = (input, message, parsed) => {
      if (parsed.error) {
        valid = false;
        input.setAttribute("aria-invalid", "true");
      } else {
        input.removeAttribute("aria-invalid");
      }
      const text = parsed.error ?? "";
      if (message.textContent !== text) message.textContent = text; // re-announce only changes
      return parsed;
    };
    const logits = this.rows.map((row) =>
      check(row.logit, row.message, parseLogit(row.logit.value)),
    );
    const temperature = check(
      this.temperature,
      this.temperatureMessage,
      parseKnob(this.temperature.value, "temperature"),
    );
    const preset = this.baseSelect.value;
    const base = check(
      this.baseOther,
      this.baseMessage,
      preset === "other"
        ? parseKnob(this.baseOther.value, "base")
        : { value: preset === "e" ? Math.E : Number(preset), text: preset },
    );
    if (!valid) return null;
    return {
      labels: this.rows.map((row) => row.label.value),
      logits: logits.map((parsed) => parsed.value),
      logitTexts: logits.map((parsed) => parsed.text),
      temperature: temperature.value,
      temperatureText: temperature.text,
      base: base.value,
      baseText: base.text,
    };
  }

  /** Recompute and redraw from the fields. history: "replace" while typing, "push" to commit. */
  update(history) {
    const state = this.read();
    if (state) {
      const p = softmax(state.logits, state.temperature, state.base);
      const s = state.logits.map(sigmoid);
      this.results = {
        ...state,
        p,
        s,
        powers: state.logits.map((z) => formatPower(z, state.temperature, state.base)),
        powerSum: formatPowerSum(state.logits, state.temperature, state.base),
        pSum: p.reduce((a, b) => a + b, 0),
        sSum: s.reduce((a, b) => a + b, 0),
      };
      this.hash = stateToHash(state);
      this.renderTable();
      this.renderChart();
    }
    const messages = [this.notice];
    if (!state) {
      messages.push(
        "Some fields need fixing (see the messages next to them); " +
          "the results below are from the last valid input.",
      );
    }
    if (this.results?.p.some(Number.isNaN)) {
      messages.push(
        "Every logit is −∞ once scaled by ln b / T, so the softmax has no limit: it shows NaN.",
      );
    }
    const status = messages.filter(Boolean).join(" ");
    if (this.status.textContent !== status) this.status.textContent = status;
    if (history === "replace") this.scheduleReplace();
    if (history === "push") this.commit();
  }

  // ---- events -----------------------------------------------------------------------------

  onInput(event) {
    if (event.target === this.slider) {
      this.temperature.value = sliderTemperatureText(this.slider.value);
    } else if (event.target === this.temperature) {
      this.syncSlider();
    } else if (event.target === this.baseSelect) {
      this.baseOtherField.hidden = this.baseSelect.value !== "other";
      // Start "other" from a valid base, so choosing it does not show an error straight away.
      if (this.baseSelect.value === "other" && this.baseOther.value.trim() === "") {
        this.baseOther.value = "3";
      }
    }
    this.slider.setAttribute("aria-valuetext", `temperature ${this.temperature.value}`);
    this.notice = "";
    this.update("replace");
  }

  onClick(event) {
    const button = event.target.closest("button[data-action]");
    if (!button || button.disabled) return;
    this.notice = "";
    if (button.dataset.action === "add" && this.rows.length < MAX_CLASSES) {
      this.addRow(`class ${this.rows.length + 1}`, "0");
      this.renumberRows();
      this.rows.at(-1).label.focus();
    } else if (button.dataset.action === "remove" && this.rows.length > MIN_CLASSES) {
      const index = this.rows.findIndex((row) => row.remove === button);
      this.rows.splice(index, 1)[0].element.remove();
      this.renumberRows();
      // Keep the keyboard where it was: on the next remove button, or on "Add" if none is usable.
      const next = this.rows[Math.min(index, this.rows.length - 1)].remove;
      (next.disabled ? this.addButton : next).focus();
    } else if (button.dataset.action === "reset") {
      this.setState(this.defaults);
    }
    this.update("push");
  }

  /** Move the slider to the typed temperature (clamped to its range) when it is valid. */
  syncSlider() {
    const parsed = parseKnob(this.temperature.value, "temperature");
    if (!parsed.error) this.slider.value = String(sliderPosition(parsed.value));
    this.slider.setAttribute("aria-valuetext", `temperature ${this.temperature.value}`);
  }

  // ---- history: the URL hash holds the state -----------------------------------------------

  listenToHistory() {
    this.committedHash = currentHash(); // the state the current history entry stands for
    this.seenHash = this.committedHash;
    this.applyHash(this.committedHash);
    const onNavigate = () => this.onNavigate();
    window.addEventListener("popstate", onNavigate);
    window.addEventListener("hashchange", onNavigate);
    // Leaving (or reloading) within the typing delay must not lose the last keystrokes.
    window.addEventListener("pagehide", () => this.flushReplace());
  }

  onNavigate() {
    const hash = currentHash();
    if (hash === this.seenHash) return; // our own write, or popstate's twin hashchange
    clearTimeout(this.replaceTimer);
    this.replaceTimer = null;
    this.seenHash = hash;
    this.committedHash = hash;
    if (hash === "") {
      this.notice = "";
      this.setState(this.defaults); // the entry before the first edit: the page as it loaded
      this.update("none");
    } else {
      this.applyHash(hash);
    }
  }

  /** Load a state from a link, reporting what cannot be used; a heading's anchor is left alone. */
  applyHash(hash) {
    const loaded = stateFromHash(hash, this.defaults);
    if (loaded === null) return;
    this.setState(loaded.state);
    this.notice = loaded.problems.join(" ");
    this.update("none");
  }

  /** While typing: rewrite the current entry, once the reader pauses. */
  scheduleReplace() {
    if (!this.syncsHash) return;
    clearTimeout(this.replaceTimer);
    this.replaceTimer = setTimeout(() => this.flushReplace(), HASH_TYPING_DELAY_MS);
  }

  flushReplace() {
    if (this.replaceTimer === null) return;
    clearTimeout(this.replaceTimer);
    this.replaceTimer = null;
    this.writeHash("replace", this.hash);
  }

  /** A committed change gets its own entry, so the back button returns to the state before it. */
  commit() {
    if (!this.syncsHash) return;
    clearTimeout(this.replaceTimer);
    this.replaceTimer = null;
    if (this.hash === this.committedHash) return;
    this.writeHash("replace", this.committedHash); // undo the typing-time rewrites of this entry
    this.writeHash("push", this.hash);
    this.committedHash = this.hash;
  }

  writeHash(how, hash) {
    if (currentHash() === hash && how === "replace") return;
    try {
      if (how === "push") history.pushState(null, "", urlWithHash(hash));
      else history.replaceState(history.state, "", urlWithHash(hash));
      this.seenHash = hash;
    } catch {
      // A browser may refuse history calls that come too fast; the page itself keeps working.
    }
  }

  // ---- rendering ----------------------------------------------------------------------------

  displayLabel(i) {
    const label = this.results.labels[i];
    return label.trim() === "" ? `class ${i + 1}` : label;
  }

  renderTable() {
    const r = this.results;
    const n = r.logits.length;
    const base = r.baseText === "e" ? "e" : r.base;
    this.caption.textContent =
      `Softmax and sigmoid of ${n} ${n === 1 ? "class" : "classes"}, ` +
      `with temperature T = ${r.temperature} and base b = ${base}`;
    const cell = (column, text) => element("td", { "data-column": column }, text);
    this.tableBody.replaceChildren(
      ...r.logits.map((z, i) =>
        element(
          "tr",
          {},
          element("th", { scope: "row" }, this.displayLabel(i)),
          cell("logit", formatLogit(z)),
          cell("power", r.powers[i]),
          cell("softmax", formatProbability(r.p[i])),
          cell("sigmoid", formatProbability(r.s[i])),
        ),
      ),
    );
    this.tableFoot.replaceChildren(
      element(
        "tr",
        {},
        element("th", { scope: "row" }, "Sum"),
        cell("logit", ""),
        cell("power", r.powerSum),
        cell("softmax", formatProbability(r.pSum)),
        cell("sigmoid", formatProbability(r.sSum)),
      ),
    );
  }

  renderChart() {
    const r = this.results;
    const width = Math.max(240, Math.round(this.chartWidth) || 640);
    const labelWidth = Math.min(130, Math.round(width * 0.27));
    const valueWidth = 54; // room for "0.8789" after a full bar
    const left = labelWidth + 10;
    const plotWidth = width - left - valueWidth;
    const top = 26;
    const bar = 13;
    const gap = 3;
    const group = 2 * bar + gap + 12;
    const height = top + r.logits.length * group;
    const titleId = `${this.id}-chart-title`;
    const svg = svgElement("svg", {
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": titleId,
    });
    // The accessible name: the chart's numbers in words, since its bars and text are not read out.
    const summary = r.logits.map(
      (_, i) =>
        `${this.displayLabel(i)}: softmax ${formatProbability(r.p[i])}, ` +
        `sigmoid ${formatProbability(r.s[i])}`,
    );
    svg.append(
      svgElement(
        "title",
        { id: titleId },
        `Bar chart of the softmax and the sigmoid of each class. ${summary.join("; ")}.`,
      ),
    );
    for (const tick of [0, 0.5, 1]) {
      const x = left + tick * plotWidth;
      svg.append(
        svgElement("line", { class: "spg-grid", x1: x, x2: x, y1: top - 6, y2: height - 6 }),
        svgElement(
          "text",
          { class: "spg-tick", x, y: top - 12, "text-anchor": "middle" },
          String(tick),
        ),
      );
    }
    const maxChars = Math.max(4, Math.floor(labelWidth / 7.5));
    r.logits.forEach((_, i) => {
      const y = top + i * group;
      const label = this.displayLabel(i);
      svg.append(
        svgElement(
          "text",
          {
            class: "spg-label-text",
            x: labelWidth,
            y: y + bar + gap / 2,
            "text-anchor": "end",
            "dominant-baseline": "middle",
          },
          label.length > maxChars ? `${label.slice(0, maxChars - 1)}…` : label,
        ),
      );
      [
        ["softmax", r.p[i], y],
        ["sigmoid", r.s[i], y + bar + gap],
      ].forEach(([kind, value, barY]) => {
        const length = Number.isNaN(value) ? 0 : value * plotWidth;
        svg.append(
          svgElement("rect", {
            class: `spg-bar spg-bar-${kind}`,
            x: left,
            y: barY,
            width: length,
            height: bar,
          }),
          svgElement(
            "text",
            {
              class: "spg-value",
              x: left + length + 4,
              y: barY + bar / 2,
              "dominant-baseline": "middle",
            },
            formatProbability(value),
          ),
        );
      });
    });
    this.chartBox.replaceChildren(svg);
  }
}

// site.js calls this for each container when it is time to build it (the module builds nothing
// on its own); a container that already holds a widget is left alone.
export function mountPlayground(root) {
  if (!root.querySelector(".spg-widget")) new Playground(root);
}
