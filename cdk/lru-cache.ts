/**
 * Stands in for `mnemonist/lru-cache` in the Lambda bundles (an esbuild alias). The DynamoDB
 * client builds an endpoint-discovery cache with it on every cold start (`@aws-sdk/endpoint-cache`),
 * and mnemonist's typed-array LRU with its iterator helpers is about 7 KB minified; a Map keeps
 * insertion order, which is all an LRU needs. Only what EndpointCache calls is here: `get`,
 * `peek`, `has`, `set` and `clear`. Locally the handlers run unbundled, with mnemonist.
 */
export default class LRUCache<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #capacity: number;

  constructor(capacity: number) {
    this.#capacity = capacity;
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** The value, without making it the most recently used. */
  peek(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** The value, made the most recently used. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  /** Sets the value as the most recently used, dropping the least recently used past capacity. */
  set(key: K, value: V): this {
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#capacity) this.#entries.delete(this.#entries.keys().next().value as K);
    return this;
  }

  clear(): void {
    this.#entries.clear();
  }
}
