// The softmax playground: edit the classes, their logits, the temperature and the base, and see
// the softmax and the sigmoid change as you type.
//
// site.js imports this module on the pages that hold an element marked [data-softmax-playground]
// (snippets/playground/widget.py prints one, with the running example in its data attributes)
// and builds a widget in each with mountPlayground. Only a container that also has
// [data-hash-state] keeps its state in the URL hash, so two widgets never fight over the address.
//
// The maths mirrors snippets/activations.py, special values included; the browser tests compare
// the two on hundreds of cases. Text typed by the reader reaches the page only through
// textContent and attribute values, never as HTML.

const MIN_CLASSES = 1;
const MAX_CLASSES = 12;
const SLIDER_MIN = -2; // the slider moves log10(T): from T = 0.01 …
const SLIDER_MAX = 2; // … to T = 100. The number field takes any T > 0.
const PRESET_BASES = ["e", "2", "10"];
const HASH_KEYS = ["logits", "labels", "temperature", "base"];
const HASH_TYPING_DELAY_MS = 250; // browsers throttle history calls: one per pause is enough
const MINUS = "\u2212";
const SVG_NS = "http://www.w3.org/2000/svg";

// ---------------------------------------------------------------------------------------------
// Numerics: the same steps, in the same order, as snippets/activations.py.

/**
 * softmax(z)_i = b^(z_i/T) / sum_j b^(z_j/T), computed as b^((z_i - max z)/T) so nothing overflows.
 * Special values follow the Python contract: +inf logits share the mass equally, -inf ones get 0,
 * a row whose maximum is -inf has no limit (NaN), base 1 gives 1/n everywhere, and 0 < b < 1
 * reverses the ranking (b^z = (1/b)^(-z)).
 */
function softmax(logits, temperature, base) {
  let lnB = Math.log(base);
  if (lnB === 0) return logits.map(() => 1 / logits.length); // 1^z is 1 even for infinite z
  let x = logits;
  if (lnB < 0) {
    x = logits.map((z) => -z);
    base = 1 / base;
    lnB = -lnB;
  }
  const max = Math.max(...x);
  if (max === Infinity) {
    const tied = x.filter((z) => z === Infinity).length;
    return x.map((z) => (z === Infinity ? 1 / tied : 0));
  }
  if (max === -Infinity) return x.map(() => NaN); // 0/0: every entry is -inf
  const powers = x.map((z) => {
    let d = z - max; // <= 0; an overflow gives -inf, whose power is the exact 0
    if (temperature !== 1) d /= temperature; // not d * (ln b / T): that factor may overflow
    return lnB === 1 ? Math.exp(d) : base ** d;
  });
  const total = powers.reduce((sum, power) => sum + power, 0);
  return powers.map((power) => power / total);
}

/** The logistic sigmoid 1 / (1 + e^-z), evaluated through e^-|z| <= 1 so it never overflows. */
function sigmoid(z) {
  const small = Math.exp(-Math.abs(z));
  return z < 0 ? small / (1 + small) : 1 / (1 + small);
}

// ---------------------------------------------------------------------------------------------
// Formatting: what the table and the chart print.

function formatProbability(p) {
  return Number.isNaN(p) ? "NaN" : p.toFixed(4);
}

function formatLogit(z) {
  if (z === Infinity) return "∞";
  if (z === -Infinity) return `${MINUS}∞`;
  return String(z).replace(/^-/, MINUS);
}

/** A positive number given by its log10, so that values like e^1000 print without overflow. */
function formatFromLog10(log10) {
  let exponent = Math.floor(log10);
  if (exponent >= -4 && exponent <= 4) return (10 ** log10).toPrecision(5);
  let mantissa = (10 ** (log10 - exponent)).toFixed(4);
  if (mantissa === "10.0000") {
    mantissa = "1.0000";
    exponent += 1;
  }
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${Math.abs(exponent)}`;
}

/** log10 of e^(z ln b / T), the power of one class, as z/T · ln b / ln 10. */
function powerLog10(z, temperature, lnB) {
  return (z / temperature) * (lnB / Math.LN10);
}

/** e^(z ln b / T) = b^(z/T), printed from its logarithm: 1.9701e+434 for z = 1000. */
function formatPower(z, temperature, lnB) {
  if (lnB === 0) return formatFromLog10(0); // 1^z = 1 for every z, infinite ones included
  const log10 = powerLog10(z, temperature, lnB);
  if (!Number.isFinite(z)) return log10 > 0 ? "∞" : "0";
  if (Math.abs(log10) < 1e9) return formatFromLog10(log10);
  // Beyond that, even the exponent loses digits (or overflows): print it as 10^(±exponent).
  const exponentLog10 =
    Math.log10(Math.abs(z)) - Math.log10(temperature) + Math.log10(Math.abs(lnB) / Math.LN10);
  return `10^(${log10 < 0 ? "-" : ""}${formatFromLog10(exponentLog10)})`;
}

/** The softmax's denominator sum_j e^(z_j ln b / T), through log-sum-exp. */
function formatPowerSum(logits, temperature, lnB) {
  if (lnB === 0) return formatFromLog10(Math.log10(logits.length));
  const logs = logits.map((z) => powerLog10(z, temperature, lnB));
  const top = logs.indexOf(Math.max(...logs));
  const biggest = logs[top];
  // Infinite, or so large that the other terms cannot change the printed digits.
  if (!(Math.abs(biggest) < 1e9)) return formatPower(logits[top], temperature, lnB);
  const rest = logs.reduce((sum, log10) => sum + 10 ** (log10 - biggest), 0);
  return formatFromLog10(biggest + Math.log10(rest));
}

// ---------------------------------------------------------------------------------------------
// Parsing: the reader's text to numbers, or to a message that says what is wrong.

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const INFINITY = /^([+-]?)(?:inf|infinity|∞)$/i;
const NAN = /^[+-]?nan$/i;

function normalise(text) {
  return text.trim().replace(/^\u2212/, "-"); // the site prints −2 with a true minus sign
}

/** A logit: a decimal number, or an explicit infinity ("inf", "-inf", "Infinity", "∞"). */
function parseLogit(text) {
  const t = normalise(text);
  if (t === "") return { error: "Enter a logit: a number such as 1.5, or inf." };
  const infinity = INFINITY.exec(t);
  if (infinity) {
    const negative = infinity[1] === "-";
    return { value: negative ? -Infinity : Infinity, text: negative ? "-inf" : "inf" };
  }
  if (NAN.test(t)) return { error: "NaN is not a logit: enter a number, or inf." };
  if (!DECIMAL.test(t)) return { error: "Not a number: enter one such as 1.5, -2 or inf." };
  const value = Number(t);
  // Only an explicit "inf" means infinity: 1e400 is a typing slip, not a limit.
  if (!Number.isFinite(value)) {
    return { error: "Out of range: the largest logit is about 1.8e308; type inf for infinity." };
  }
  return { value, text: t };
}

/** A temperature or a base: a finite number > 0 (a base may also be "e"). */
function parseKnob(text, name) {
  const t = normalise(text);
  if (t === "") return { error: `Enter a ${name} greater than 0.` };
  if (name === "base" && t.toLowerCase() === "e") return { value: Math.E, text: "e" };
  if (INFINITY.test(t)) return { error: `The ${name} must be finite.` };
  if (NAN.test(t) || !DECIMAL.test(t)) {
    return { error: `Not a number: enter a ${name} greater than 0.` };
  }
  const value = Number(t);
  if (!Number.isFinite(value)) return { error: `Out of range: enter a ${name} below 1.8e308.` };
  if (value <= 0) return { error: `The ${name} must be greater than 0.` };
  return { value, text: t };
}

// ---------------------------------------------------------------------------------------------
// The URL hash: #logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e

function stateToHash(state) {
  const list = (items) => items.map(encodeURIComponent).join(",");
  return [
    `logits=${list(state.logitTexts)}`,
    `labels=${list(state.labels)}`,
    `temperature=${encodeURIComponent(state.temperatureText)}`,
    `base=${encodeURIComponent(state.baseText)}`,
  ].join("&");
}

/** The hash's fields as a Map, or null when it is not a playground state (a heading's anchor). */
function readHash(hash) {
  const fields = new Map();
  for (const part of hash.split("&")) {
    const equals = part.indexOf("=");
    const key = part.slice(0, equals);
    if (equals > 0 && HASH_KEYS.includes(key)) fields.set(key, part.slice(equals + 1));
  }
  return fields.size > 0 ? fields : null;
}

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

function defaultLabel(defaults, i) {
  return defaults.labels[i] ?? `class ${i + 1}`;
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
      const lnB = Math.log(state.base);
      const p = softmax(state.logits, state.temperature, state.base);
      const s = state.logits.map(sigmoid);
      this.results = {
        ...state,
        p,
        s,
        powers: state.logits.map((z) => formatPower(z, state.temperature, lnB)),
        powerSum: formatPowerSum(state.logits, state.temperature, lnB),
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
      const temperature = 10 ** Number(this.slider.value);
      this.temperature.value = String(Number(temperature.toPrecision(3))); // 1.02, not 1.0232…
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
    if (!parsed.error) {
      const position = Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, Math.log10(parsed.value)));
      this.slider.value = String(position);
    }
    this.slider.setAttribute("aria-valuetext", `temperature ${this.temperature.value}`);
  }

  // ---- history: the URL hash holds the state -----------------------------------------------

  listenToHistory() {
    this.committedHash = currentHash(); // the state the current history entry stands for
    this.seenHash = this.committedHash;
    if (readHash(this.committedHash)) this.applyHash(this.committedHash);
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
    } else if (readHash(hash)) {
      this.applyHash(hash);
    } // else: a heading's anchor, not a state
  }

  /** Load a state from a link; what cannot be used is reported, never thrown. */
  applyHash(hash) {
    const fields = readHash(hash);
    const problems = [];
    const decode = (text, what) => {
      try {
        return decodeURIComponent(text);
      } catch {
        problems.push(`The link's ${what} “${text}” is not valid URL encoding.`);
        return text;
      }
    };
    const list = (key) =>
      fields.has(key) ? fields.get(key).split(",").map((item) => decode(item, key)) : null;
    let logitTexts = list("logits") ?? this.defaults.logitTexts;
    const labels = list("labels");
    if (logitTexts.length > MAX_CLASSES) {
      problems.push(
        `The link has ${logitTexts.length} logits; the playground holds ${MAX_CLASSES}, ` +
          `so it shows the first ${MAX_CLASSES}.`,
      );
      logitTexts = logitTexts.slice(0, MAX_CLASSES);
    }
    if (labels && labels.length !== logitTexts.length) {
      problems.push(`The link has ${labels.length} labels for ${logitTexts.length} logits.`);
    }
    const knob = (key, fallback) => (fields.has(key) ? decode(fields.get(key), key) : fallback);
    this.setState({
      labels: logitTexts.map((_, i) => labels?.[i] ?? defaultLabel(this.defaults, i)),
      logitTexts,
      temperatureText: knob("temperature", this.defaults.temperatureText),
      baseText: knob("base", this.defaults.baseText),
    });
    this.notice = problems.join(" ");
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
