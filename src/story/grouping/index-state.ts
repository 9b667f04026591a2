// Where the story index keeps what it knows, article by article: its grouping profile, its postings
// (key term to the latest articles indexed under it), its links and its best link scores, and the story
// each article is in. StoryIndex (story-index.ts) is the one algorithm; this is its memory. The
// in-memory state here serves `analyze` and the evals; the stores keep the same in tables
// (store/index-state.ts, store/postgres/index-state.ts) so that adding an article reads only its
// candidates and its region, never the whole store.
import type { ArticleId, StoryId } from '../../core/model.js';
import type { MaybePromise } from './drive.js';
import type { ArticleProfile } from './profile.js';

/** An article under a key term, with its index position (later articles have higher ones). */
export interface Posting {
  id: ArticleId;
  position: number;
}

/** A newly indexed article. */
export interface IndexEntry {
  id: ArticleId;
  /** Its index position: the number of articles indexed before it. */
  position: number;
  profile: ArticleProfile;
  /** Its best related link scores, highest first. */
  best: readonly number[];
}

export interface IndexState {
  /** How many articles are indexed. */
  size(): MaybePromise<number>;
  /** Every indexed article: asked only while the index is small (a few articles). */
  allIds(): MaybePromise<readonly ArticleId[]>;
  /** Per key term, its postings (the latest `maxPostings` of them at most). */
  postings(keys: readonly string[]): MaybePromise<ReadonlyMap<string, readonly Posting[]>>;
  profiles(ids: readonly ArticleId[]): MaybePromise<ReadonlyMap<ArticleId, ArticleProfile>>;
  /** Best related link scores of each article, highest first (an article without any gives []). */
  best(ids: readonly ArticleId[]): MaybePromise<ReadonlyMap<ArticleId, readonly number[]>>;
  /** Each article's links: linked article to link score. */
  links(ids: readonly ArticleId[]): MaybePromise<ReadonlyMap<ArticleId, ReadonlyMap<ArticleId, number>>>;
  /** The story of each article (articles in none are left out). */
  storyOf(ids: readonly ArticleId[]): MaybePromise<ReadonlyMap<ArticleId, StoryId>>;
  membersOf(stories: readonly StoryId[]): MaybePromise<ReadonlyMap<StoryId, readonly ArticleId[]>>;

  /** Indexes an article: its profile, its postings (each key keeping its latest `maxPostings`), its links both ways. */
  addArticle(entry: IndexEntry, links: ReadonlyMap<ArticleId, number>, maxPostings: number): MaybePromise<void>;
  setBest(best: ReadonlyMap<ArticleId, readonly number[]>): MaybePromise<void>;
  /** Replaces the `removed` stories by `stories` (story to its members). */
  setStories(stories: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): MaybePromise<void>;
  /** Forgets everything (a rebuild starts from here). */
  clear(): MaybePromise<void>;
}

/**
 * Story membership as the index sees it during one batch: what `setStories` wrote, over what the
 * store held before (`stored`, unless cleared). The stores use it: their story tables are written
 * once the batch's stories are built, from the same groups.
 */
export class MembershipOverlay {
  readonly #storyOf = new Map<ArticleId, StoryId | undefined>();
  readonly #members = new Map<StoryId, readonly ArticleId[] | undefined>();
  #cleared = false;

  /** Whether the store's stories no longer count (after a clear). */
  get cleared(): boolean {
    return this.#cleared;
  }

  clear(): void {
    this.#cleared = true;
    this.#storyOf.clear();
    this.#members.clear();
  }

  set(stories: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): void {
    for (const s of removed) {
      for (const a of this.#members.get(s) ?? []) if (this.#storyOf.get(a) === s) this.#storyOf.set(a, undefined);
      this.#members.set(s, undefined);
    }
    for (const [s, members] of stories) {
      this.#members.set(s, members);
      for (const a of members) this.#storyOf.set(a, s);
    }
  }

  /** The overlay's answers, and the ids it leaves to the store. */
  storyOf(ids: readonly ArticleId[]): { known: Map<ArticleId, StoryId>; ask: ArticleId[] } {
    const known = new Map<ArticleId, StoryId>(), ask: ArticleId[] = [];
    for (const id of ids) {
      if (this.#storyOf.has(id)) { const s = this.#storyOf.get(id); if (s) known.set(id, s); }
      else if (!this.#cleared) ask.push(id);
    }
    return { known, ask };
  }

  membersOf(stories: readonly StoryId[]): { known: Map<StoryId, readonly ArticleId[]>; ask: StoryId[] } {
    const known = new Map<StoryId, readonly ArticleId[]>(), ask: StoryId[] = [];
    for (const s of stories) {
      if (this.#members.has(s)) { const m = this.#members.get(s); if (m) known.set(s, m); }
      else if (!this.#cleared) ask.push(s);
    }
    return { known, ask };
  }
}

/** The index in memory: for one batch of articles grouped at once (analyze, evals). */
export class MemoryIndexState implements IndexState {
  readonly #profiles = new Map<ArticleId, ArticleProfile>();
  readonly #order: ArticleId[] = [];
  readonly #postings = new Map<string, Posting[]>();
  readonly #links = new Map<ArticleId, Map<ArticleId, number>>();
  readonly #best = new Map<ArticleId, readonly number[]>();
  readonly #membership = new MembershipOverlay();

  constructor() {
    this.#membership.clear();
  }

  size(): number { return this.#order.length; }
  allIds(): readonly ArticleId[] { return [...this.#order]; }

  postings(keys: readonly string[]): ReadonlyMap<string, readonly Posting[]> {
    return new Map(keys.map((k) => [k, this.#postings.get(k) ?? []]));
  }

  profiles(ids: readonly ArticleId[]): ReadonlyMap<ArticleId, ArticleProfile> {
    return new Map(ids.map((id) => [id, this.#profiles.get(id)!]));
  }

  best(ids: readonly ArticleId[]): ReadonlyMap<ArticleId, readonly number[]> {
    return new Map(ids.map((id) => [id, this.#best.get(id) ?? []]));
  }

  links(ids: readonly ArticleId[]): ReadonlyMap<ArticleId, ReadonlyMap<ArticleId, number>> {
    return new Map(ids.map((id) => [id, this.#links.get(id) ?? new Map()]));
  }

  storyOf(ids: readonly ArticleId[]): ReadonlyMap<ArticleId, StoryId> { return this.#membership.storyOf(ids).known; }
  membersOf(stories: readonly StoryId[]): ReadonlyMap<StoryId, readonly ArticleId[]> { return this.#membership.membersOf(stories).known; }

  addArticle(entry: IndexEntry, links: ReadonlyMap<ArticleId, number>, maxPostings: number): void {
    this.#profiles.set(entry.id, entry.profile);
    this.#order.push(entry.id);
    this.#best.set(entry.id, entry.best);
    this.#links.set(entry.id, new Map(links));
    for (const [other, z] of links) this.#links.get(other)!.set(entry.id, z);
    for (const key of entry.profile.keys) {
      const list = this.#postings.get(key);
      if (!list) this.#postings.set(key, [{ id: entry.id, position: entry.position }]);
      else if (list.push({ id: entry.id, position: entry.position }) > maxPostings) list.shift();
    }
  }

  setBest(best: ReadonlyMap<ArticleId, readonly number[]>): void {
    for (const [id, b] of best) this.#best.set(id, b);
  }

  setStories(stories: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): void {
    this.#membership.set(stories, removed);
  }

  clear(): void {
    this.#profiles.clear(); this.#order.length = 0; this.#postings.clear(); this.#links.clear(); this.#best.clear();
    this.#membership.clear();
  }

  /** Every story: its members. */
  stories(): (readonly ArticleId[])[] {
    return [...new Set(this.storyOf(this.#order).values())].map((s) => this.membersOf([s]).get(s)!);
  }
}

/**
 * The latest profiles a store's index read or wrote, parsed: a batch's articles share most of their
 * candidates, and parsing a profile costs more than scoring it. An article's profile never changes
 * while the model does not (a rebuild clears the cache). Bounded by size, not count: a long article's
 * profile is ten times an average one, and the cache must stay flat however the stream runs.
 */
export class ProfileCache {
  readonly #profiles = new Map<ArticleId, { profile: ArticleProfile; size: number }>();
  #size = 0;

  /**
   * `maxJsonChars`: the profiles' stored JSON, summed, at most. Parsed, a profile takes about seven
   * times its JSON (Maps and Sets of strings; `words` and `names` are not stored: profile-json.ts);
   * the default holds some 1,800 news articles' profiles (7.9 KB of JSON each on the scale bench's
   * texts, 13 KB in the first format), about 100 MB.
   */
  constructor(private readonly maxJsonChars = 14_000_000) {}

  get(id: ArticleId): ArticleProfile | undefined {
    const entry = this.#profiles.get(id);
    if (entry) { this.#profiles.delete(id); this.#profiles.set(id, entry); }
    return entry?.profile;
  }

  /** `jsonChars`: the length of the profile's stored JSON, its size here. */
  set(id: ArticleId, profile: ArticleProfile, jsonChars: number): void {
    this.#forget(id);
    this.#profiles.set(id, { profile, size: jsonChars });
    this.#size += jsonChars;
    // The least recently used go first; the newest stays even when it alone is over the bound.
    while (this.#size > this.maxJsonChars && this.#profiles.size > 1) this.#forget(this.#profiles.keys().next().value!);
  }

  /** Profiles held, and the JSON characters they count for. */
  get stats(): { profiles: number; jsonChars: number } {
    return { profiles: this.#profiles.size, jsonChars: this.#size };
  }

  clear(): void {
    this.#profiles.clear();
    this.#size = 0;
  }

  #forget(id: ArticleId): void {
    const entry = this.#profiles.get(id);
    if (!entry) return;
    this.#profiles.delete(id);
    this.#size -= entry.size;
  }
}
