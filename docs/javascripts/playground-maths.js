// The softmax playground's maths, with no DOM: the numerics, what the table and the chart print,
// the parsing of what the reader types, and the state kept in the URL hash.
//
// softmax-playground.js imports it and keeps only the widget (DOM, events, history).
// tests/browser/test_playground_maths.py imports it in a browser and checks it against
// snippets/activations.py, the Python reference, on thousands of cases at full precision.

export const MIN_CLASSES = 1;
export const MAX_CLASSES = 12;
export const SLIDER_MIN = -2; // the slider moves log10(T): from T = 0.01 …
export const SLIDER_MAX = 2; // … to T = 100. The number field takes any T > 0.
const MINUS = "\u2212";

// ---------------------------------------------------------------------------------------------
// Numerics: the same steps, in the same order, as snippets/activations.py.

/**
 * softmax(z)_i = b^(z_i/T) / sum_j b^(z_j/T) = b^(d_i) / sum_j b^(d_j), d_i = (z_i - max z) / T.
 *
 * As in Python: with T = 1 and b = e, exp(z - max); otherwise 2^(d log2 b), d rounded at each
 * step (a factor log2(b) / T could overflow). 0 < b < 1 is base 1/b on -z (the ranking
 * reverses); b = 1 gives 1/n. A -inf logit gets 0, a single +inf one 1, and several +inf ones
 * share equally, by convention. A row with a NaN, or of only -inf, has no limit: NaN.
 */
export function softmax(logits, temperature = 1, base = Math.E) {
  const plain = temperature === 1 && base === Math.E;
  let x = logits;
  let log2B = plain ? 1 : Math.log2(base);
  if (log2B < 0) {
    // b^z = (1/b)^(-z)
    x = x.map((z) => -z);
    log2B = -log2B;
  } else if (log2B === 0) {
    x = x.map((z) => (Number.isNaN(z) ? z : 0)); // 1^z = 1 for every z, infinite ones included
  }
  const top = Math.max(...x); // NaN if any is NaN
  const shift = top === -Infinity ? 0 : top; // exp(-inf - 0) = 0, where -inf - -inf is NaN
  const powers = x.map((z) => {
    if (z === Infinity) return 1; // inf - inf is NaN: the +inf logits share their row
    if (plain) return Math.exp(z - shift); // <= 1; an overflow gives -inf, whose exp is the exact 0
    return 2 ** (((z - shift) / temperature) * log2B); // two roundings, as Python's d /= T; d *= …
  });
  const total = sum(powers);
  return powers.map((power) => power / total);
}

/**
 * A sum in NumPy's order (pairwise_sum, numpy/_core/src/umath/loops_utils.h.src), so that equal
 * terms give the reference's sum bit for bit. Up to 12 numbers: one by one below 8; from 8 on,
 * the first eight added in pairs, then the rest one by one.
 */
function sum(values) {
  if (values.length < 8) return values.reduce((total, value) => total + value, 0);
  const [a, b, c, d, e, f, g, h, ...rest] = values;
  return rest.reduce((total, value) => total + value, a + b + (c + d) + (e + f + (g + h)));
}

/** The logistic sigmoid: 1 / (1 + e^-|z|) for z >= 0, e^-|z| / (1 + e^-|z|) below; no overflow. */
export function sigmoid(z) {
  const small = Math.exp(-Math.abs(z));
  return (z < 0 ? small : 1) / (1 + small);
}

// ---------------------------------------------------------------------------------------------
// Formatting: what the table and the chart print.

/** A probability to 4 decimals, as the table and the chart show it. */
export function formatProbability(p) {
  return Number.isNaN(p) ? "NaN" : p.toFixed(4);
}

/** A logit as the reader would write it: the shortest decimal, a true minus sign, ∞. */
export function formatLogit(z) {
  if (z === Infinity) return "∞";
  if (z === -Infinity) return `${MINUS}∞`;
  return String(z).replace(/^-/, MINUS);
}

/** A positive number given by its log10, so that values like e^1000 print without overflow. */
export function formatFromLog10(log10) {
  let exponent = Math.floor(log10);
  if (exponent >= -4 && exponent <= 4) return (10 ** log10).toPrecision(5);
  let mantissa = (10 ** (log10 - exponent)).toFixed(4);
  if (mantissa === "10.0000") {
    mantissa = "1.0000";
    exponent += 1;
  }
  return `${mantissa}e${exponent < 0 ? "-" : "+"}${Math.abs(exponent)}`;
}

/** log10 of b^(z/T), the power of one class, as z/T · ln b / ln 10. */
function powerLog10(z, temperature, lnB) {
  return (z / temperature) * (lnB / Math.LN10);
}

/** b^(z/T) = e^(z ln b / T), printed from its logarithm: 1.9701e+434 for z = 1000. */
export function formatPower(z, temperature, base) {
  const lnB = Math.log(base);
  if (lnB === 0) return formatFromLog10(0); // 1^z = 1 for every z, infinite ones included
  const log10 = powerLog10(z, temperature, lnB);
  if (!Number.isFinite(z)) return log10 > 0 ? "∞" : "0";
  if (Math.abs(log10) < 1e9) return formatFromLog10(log10);
  // Beyond that, even the exponent loses digits (or overflows): print it as 10^(±exponent).
  const exponentLog10 =
    Math.log10(Math.abs(z)) - Math.log10(temperature) + Math.log10(Math.abs(lnB) / Math.LN10);
  return `10^(${log10 < 0 ? "-" : ""}${formatFromLog10(exponentLog10)})`;
}

/** The softmax's denominator sum_j b^(z_j/T), through log-sum-exp. */
export function formatPowerSum(logits, temperature, base) {
  const lnB = Math.log(base);
  if (lnB === 0) return formatFromLog10(Math.log10(logits.length));
  const logs = logits.map((z) => powerLog10(z, temperature, lnB));
  const top = logs.indexOf(Math.max(...logs));
  const biggest = logs[top];
  // Infinite, or so large that the other terms cannot change the printed digits.
  if (!(Math.abs(biggest) < 1e9)) return formatPower(logits[top], temperature, base);
  const rest = logs.reduce((total, log10) => total + 10 ** (log10 - biggest), 0);
  return formatFromLog10(biggest + Math.log10(rest));
}

/** The temperature field's text for a slider position: 1.02, not 1.0232929922807541. */
export function sliderTemperatureText(position) {
  return String(Number((10 ** Number(position)).toPrecision(3)));
}

/** The slider position of a temperature: log10(T), held to the slider's range. */
export function sliderPosition(temperature) {
  return Math.min(SLIDER_MAX, Math.max(SLIDER_MIN, Math.log10(temperature)));
}

// ---------------------------------------------------------------------------------------------
// Parsing: the reader's text to a number, or to a message that says what is wrong.
// Each returns { value, text } (text as the hash keeps it) or { error }.

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;
const INFINITY = /^([+-]?)(?:inf|infinity|∞)$/i;
const NAN = /^[+-]?nan$/i;

function normalise(text) {
  return text.trim().replace(/^\u2212/, "-"); // the site prints −2 with a true minus sign
}

/** A logit: a decimal number, or an explicit infinity ("inf", "-inf", "Infinity", "∞"). */
export function parseLogit(text) {
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

/** A temperature or a base (name says which): a finite number > 0; a base may also be "e". */
export function parseKnob(text, name) {
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
// The URL hash: logits=4,2,-2&labels=dog,cat,rabbit&temperature=1&base=e (without the "#").
//
// Hand-made rather than URLSearchParams, which cannot keep this format: it writes the list's
// commas as %2C and decodes a label's %2C into a separator on reading ("a%2Cb" would become two
// labels), reads "+" as a space (1e+5 in a typed link), and turns bad escapes into U+FFFD
// silently where the widget reports them.

const HASH_KEYS = ["logits", "labels", "temperature", "base"];

/** The hash of a state: each list item and value percent-encoded, the lists joined by ",". */
export function stateToHash(state) {
  const list = (items) => items.map(encodeURIComponent).join(",");
  return [
    `logits=${list(state.logitTexts)}`,
    `labels=${list(state.labels)}`,
    `temperature=${encodeURIComponent(state.temperatureText)}`,
    `base=${encodeURIComponent(state.baseText)}`,
  ].join("&");
}

/** The hash's fields, still encoded, or null when it is not a playground state (an anchor). */
function hashFields(hash) {
  const fields = new Map();
  for (const part of hash.split("&")) {
    const equals = part.indexOf("=");
    const key = part.slice(0, equals);
    if (equals > 0 && HASH_KEYS.includes(key)) fields.set(key, part.slice(equals + 1));
  }
  return fields.size > 0 ? fields : null;
}

/** The label of class i when neither the reader nor a link gave one. */
function defaultLabel(defaults, i) {
  return defaults.labels[i] ?? `class ${i + 1}`;
}

/**
 * The state a hash stands for, its missing fields taken from defaults, and the problems found
 * in it (sentences for the reader); null when the hash is not a playground state. Never throws.
 */
export function stateFromHash(hash, defaults) {
  const fields = hashFields(hash);
  if (fields === null) return null;
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
  let logitTexts = list("logits") ?? defaults.logitTexts;
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
  const state = {
    labels: logitTexts.map((_, i) => labels?.[i] ?? defaultLabel(defaults, i)),
    logitTexts,
    temperatureText: knob("temperature", defaults.temperatureText),
    baseText: knob("base", defaults.baseText),
  };
  return { state, problems };
}
