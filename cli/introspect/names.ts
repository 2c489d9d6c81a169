/** seg names for what a database calls its tables, columns and events. */
import { HARD_KEYWORDS, KEYWORDS } from "../../compiler/index.ts";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Whether `name` can be written as it is where seg expects a name. */
export function isIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !(HARD_KEYWORDS as readonly string[]).includes(name) && name !== "__proto__";
}

/**
 * Lower snake case, ASCII: `CustomerID` → `customer_id`, `Page Path` → `page_path`,
 * `Événement` → `evenement`; `fallback` when nothing is left, prefixed to a leading digit.
 */
export function snakeName(raw: string, fallback: string): string {
  const ascii = raw.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  const words = ascii
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (words === "") return fallback;
  return /^[0-9]/.test(words) ? `${fallback}_${words}` : words;
}

/** `users` → `user`, `categories` → `category`, `addresses` → `address`; `status` and `news` stay. */
export function singular(name: string): string {
  if (/ies$/.test(name) && name.length > 4) return name.slice(0, -3) + "y";
  if (/(ss|x|ch|sh)es$/.test(name)) return name.slice(0, -2);
  if (/[^su]s$/.test(name) && name.length > 3) return name.slice(0, -1);
  return name;
}

/**
 * Names of one namespace, unique without regard to case (SEG1028): a name already taken
 * gets `_2`, `_3`… Words in `avoid` (and the hard keywords) get `suffix`.
 */
export class NameSpace {
  private readonly taken = new Set<string>();

  constructor(private readonly avoid: ReadonlySet<string> = new Set()) {}

  has(name: string): boolean {
    return this.taken.has(name.toLowerCase());
  }

  reserve(name: string): void {
    this.taken.add(name.toLowerCase());
  }

  release(name: string): void {
    this.taken.delete(name.toLowerCase());
  }

  /** A free name from `base` (a valid identifier), reserved. */
  take(base: string, suffix: string): string {
    let name = base.slice(0, 60);
    if (!isIdentifier(name) || this.avoid.has(name)) name = `${name}_${suffix}`;
    let candidate = name;
    for (let i = 2; this.has(candidate); i++) candidate = `${name}_${i}`;
    this.reserve(candidate);
    return candidate;
  }
}

/**
 * Entity names that the `events of` block would read as one of its settings
 * (`const column …`), or as another declaration.
 */
export const ENTITY_NAMES_TO_AVOID: ReadonlySet<string> = new Set(["const", "entity", "param", "segment", "trait", "test", "events", "event", "table", "time", "name", "properties"]);

/**
 * Event names are written after `did` in conditions, where a keyword reads as one
 * (`did count`): every keyword is avoided.
 */
export const EVENT_NAMES_TO_AVOID: ReadonlySet<string> = new Set(KEYWORDS);
