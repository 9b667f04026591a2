// Incremental grouping over an index state (index-state.ts: in memory, or a store's tables). Each new
// article is profiled (profile.ts: its words, names, dates, places) and compared only with the articles
// that share one of its key terms (an inverted index over each article's heaviest words and names:
// near-linear, never all pairs); the links that score high enough are kept. Then the REGION the batch
// touches is grouped again: the batch's articles and those whose neighbourhood it changed, closed under
// the links that can merge (probability at least the merge floor) and under the stories they are in.
//
// Why that region makes the stories independent of order and of the split into batches: two groups
// merge only when their mean link probability reaches the floor, so at least one link between them
// does; every story is therefore connected by such links, and agglomerating each component of those
// links alone gives exactly what agglomerating the whole link graph gives. A component the batch does
// not touch keeps its links and its articles' standards, so its stories stand. Items are ordered by
// article id, links sorted, and each pair scored in id order, so even float ties break the same way.
// Two things only bind in large streams and then depend on order: the candidate caps (MAX_CANDIDATES,
// MAX_POSTINGS) and a region over MAX_REGION articles (the fallback below).
import type { AnalyzedArticle, ArticleId, StoryId } from '../../core/model.js';
import { storyId } from '../../core/ids.js';
import { agglomerate, linkage, type Link } from './agglomerate.js';
import { linkProbability, linkScore } from './links.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import type { GroupingModel } from './model.js';
import { profileArticle } from './profile.js';
import { ask, runAsync, runSync, type Ask, type MaybePromise } from './drive.js';
import type { IndexState } from './index-state.js';
import { ChangeLog, type StoryChange } from './change-log.js';

/** At most this many earlier articles are scored against a new one: those sharing most key terms. */
const MAX_CANDIDATES = 300;
/** A key term keeps only its latest articles: retrieval stays bounded however many share a common term. */
export const MAX_POSTINGS = 1000;
/**
 * Past this many articles, a region is not regrouped whole: each new article of it is grouped as it
 * came, with the stories it links to, or (past this again) joins the best one. Regrouping costs about
 * the region's size squared; the largest component on ECB+ dev (772 articles, all topics mixed) is 513.
 */
const MAX_REGION = 600;

export type { StoryChange } from './change-log.js';

type Steps<T> = Generator<Ask<IndexState>, T, unknown>;
/** A question for the index state (drive.ts). */
function q<T>(question: (state: IndexState) => MaybePromise<T>): Steps<T> {
  return ask(question);
}

export class StoryIndex {
  readonly #model: GroupingModel;
  readonly #gazetteer: Gazetteer;

  /** `gazetteer` places the towns each report names (profile.ts). */
  constructor(model: GroupingModel, gazetteer: Gazetteer) {
    this.#model = model;
    this.#gazetteer = gazetteer;
  }

  /** Adds a batch of articles to a state that answers at once (MemoryIndexState). */
  addBatchSync(articles: readonly Readonly<AnalyzedArticle>[], state: IndexState): StoryChange {
    return runSync(this.#addBatch(articles), state);
  }

  /** Adds a batch of articles to any state (a store's, inside its transaction). */
  addBatch(articles: readonly Readonly<AnalyzedArticle>[], state: IndexState): Promise<StoryChange> {
    return runAsync(this.#addBatch(articles), state);
  }

  *#addBatch(articles: readonly Readonly<AnalyzedArticle>[]): Steps<StoryChange> {
    const before = yield* q((s) => s.size());
    const added: ArticleId[] = [];
    const neighbourhoodChanged = new Set<ArticleId>();
    for (const a of articles) {
      const changed = yield* this.#index(a, before + added.length);
      for (const id of changed) neighbourhoodChanged.add(id);
      added.push(a.id);
    }
    const size = before + added.length;
    const change = new ChangeLog();
    if (added.length === 0) return change.result();
    // A small collection is judged with a shift (links.ts): crossing out of it changes every link.
    const smallBatch = this.#model.local.smallBatch ?? Infinity;
    const seeds = before <= smallBatch && size > smallBatch ? yield* q((s) => s.allIds()) : [...added, ...neighbourhoodChanged];
    const done = new Set<ArticleId>(), oversized = new Set<ArticleId>();
    for (const seed of seeds) {
      if (done.has(seed) || oversized.has(seed)) continue;
      const region = yield* this.#region(seed, size, done, oversized);
      if (region) yield* this.#regroup(region, size, change);
    }
    // Articles of regions too large to regroup whole: each is grouped as it came.
    for (const id of added) if (oversized.has(id)) yield* this.#placeAlone(id, size, change);
    return change.result();
  }

  /** Profiles and links the article; returns the other articles whose best links changed. */
  *#index(a: Readonly<AnalyzedArticle>, position: number): Steps<ArticleId[]> {
    const profile = profileArticle(a, this.#model.idf, this.#gazetteer);
    const postings = yield* q((s) => s.postings(profile.keys));
    const candidates = mostShared(profile.keys, postings);
    const profiles = yield* q((s) => s.profiles(candidates));
    const links = new Map<ArticleId, number>();
    for (const other of candidates) {
      const z = a.id < other ? linkScore(this.#model, profile, profiles.get(other)!) : linkScore(this.#model, profiles.get(other)!, profile);
      if (z >= this.#model.minLinkScore) links.set(other, z);
    }
    let best: readonly number[] = [];
    for (const z of links.values()) best = this.#keepBest(best, z);
    yield* q((s) => s.addArticle({ id: a.id, position, profile, best }, links, MAX_POSTINGS));
    const theirs = yield* q((s) => s.best([...links.keys()]));
    const changed = new Map<ArticleId, readonly number[]>();
    for (const [other, z] of links) {
      const old = theirs.get(other) ?? [];
      const kept = this.#keepBest(old, z);
      if (kept !== old) changed.set(other, kept);
    }
    if (changed.size > 0) yield* q((s) => s.setBest(changed));
    return [...changed.keys()];
  }

  /** The article's k best related scores (the same array when `z` does not enter them). */
  #keepBest(best: readonly number[], z: number): readonly number[] {
    const { related, k } = this.#model.local;
    if (z < related || (best.length === k && z <= best[k - 1]!)) return best;
    const out = [...best];
    let i = out.length;
    while (i > 0 && out[i - 1]! < z) i--;
    out.splice(i, 0, z);
    if (out.length > k) out.pop();
    return out;
  }

  /** The article's standard (as neighbourScale computes it from all its links). */
  #scale(best: readonly number[] | undefined): number | undefined {
    return best && best.length === this.#model.local.k ? best[best.length - 1] : undefined;
  }

  /**
   * The seed's region: closed under links that can merge and under stories; undefined (its articles
   * marked oversized) when it grows past MAX_REGION.
   */
  *#region(seed: ArticleId, size: number, done: Set<ArticleId>, oversized: Set<ArticleId>): Steps<Region | undefined> {
    const region: Region = { members: new Set([seed]), links: new Map(), best: new Map() };
    let frontier = [seed];
    while (frontier.length > 0) {
      if (region.members.size > MAX_REGION) {
        for (const id of region.members) oversized.add(id);
        return undefined;
      }
      const links = yield* q((s) => s.links(frontier));
      const unknownBest = frontier.filter((id) => !region.best.has(id));
      for (const [id, b] of yield* q((s) => s.best(unknownBest))) region.best.set(id, b);
      const next = new Set<ArticleId>();
      const neighbours = new Set<ArticleId>();
      for (const [id, l] of links) { region.links.set(id, l); for (const other of l.keys()) if (!region.members.has(other)) neighbours.add(other); }
      const needBest = [...neighbours].filter((id) => !region.best.has(id));
      for (const [id, b] of yield* q((s) => s.best(needBest))) region.best.set(id, b);
      for (const [id, l] of links) for (const [other, z] of l) {
        if (region.members.has(other) || next.has(other)) continue;
        if (this.#probability(z, region.best.get(id), region.best.get(other), size) >= this.#model.merge.floor) next.add(other);
      }
      const stories = [...new Set((yield* q((s) => s.storyOf(frontier))).values())];
      for (const members of (yield* q((s) => s.membersOf(stories))).values()) for (const m of members) if (!region.members.has(m)) next.add(m);
      for (const id of next) { region.members.add(id); if (oversized.has(id)) { for (const r of region.members) oversized.add(r); return undefined; } }
      frontier = [...next];
    }
    for (const id of region.members) done.add(id);
    return region;
  }

  #probability(z: number, a: readonly number[] | undefined, b: readonly number[] | undefined, size: number): number {
    return linkProbability(this.#model.local, z, this.#scale(a), this.#scale(b), size);
  }

  /** Agglomerates the region and writes its stories in place of those it held. */
  *#regroup(region: Region, size: number, change: ChangeLog): Steps<void> {
    const items = [...region.members].sort(byId);
    const local = new Map(items.map((id, i) => [id, i]));
    const links: Link[] = [];
    items.forEach((id, i) => {
      for (const [other, z] of region.links.get(id) ?? []) {
        const j = local.get(other);
        if (j !== undefined && j > i) links.push({ a: i, b: j, p: this.#probability(z, region.best.get(id), region.best.get(other), size) });
      }
    });
    links.sort((x, y) => x.a - y.a || x.b - y.b);
    const groups = agglomerate(items.length, links, this.#model.merge).map((g) => g.map((i) => items[i]!));
    const old = [...new Set((yield* q((s) => s.storyOf(items))).values())];
    yield* this.#replace(old, groups, change);
  }

  /** Writes `groups` in place of the stories `old` (unchanged ones stay as they are). */
  *#replace(old: readonly StoryId[], groups: readonly (readonly ArticleId[])[], change: ChangeLog): Steps<void> {
    const written = new Map(groups.map((g) => [storyId(g), g] as const));
    const kept = new Set(old.filter((s) => written.has(s)));
    for (const s of kept) written.delete(s);
    const removed = old.filter((s) => !kept.has(s));
    yield* q((s) => s.setStories(written, removed));
    change.record(written, removed);
  }

  /**
   * For an article whose region is too large: grouped with the stories it links to by links that can
   * merge (as it came), or, when those are too large too, it joins the one it links to best, or founds its own.
   */
  *#placeAlone(article: ArticleId, size: number, change: ChangeLog): Steps<void> {
    const all = (yield* q((s) => s.links([article]))).get(article) ?? new Map<ArticleId, number>();
    const best = yield* q((s) => s.best([article, ...all.keys()]));
    const scale = best.get(article);
    const probability = new Map([...all].map(([m, z]) => [m, this.#probability(z, scale, best.get(m), size)] as const));
    // Only a link at the merge floor can join the article to a story (agglomerate.ts): the others are left out.
    const links = new Map([...probability].filter(([, p]) => p >= this.#model.merge.floor));
    const storyOf = yield* q((s) => s.storyOf([...links.keys()]));
    const touched = [...new Set(storyOf.values())].sort();
    const members = yield* q((s) => s.membersOf(touched));
    const area = [article, ...touched.flatMap((s) => members.get(s) ?? [])];
    if (area.length <= MAX_REGION) {
      const region: Region = { members: new Set(area), links: new Map(yield* q((s) => s.links(area))), best: new Map(yield* q((s) => s.best(area))) };
      return yield* this.#regroup(region, size, change);
    }
    // Linkage to each story (agglomerate.ts): the links at the floor summed per story (other members count 0), and the strongest.
    const sum = new Map<StoryId, number>(), top = new Map<StoryId, number>();
    for (const [m, p] of links) {
      const story = storyOf.get(m);
      if (story) { sum.set(story, (sum.get(story) ?? 0) + p); top.set(story, Math.max(top.get(story) ?? 0, p)); }
    }
    const { merge } = this.#model;
    let chosen: StoryId | undefined, bestMean = -Infinity;
    for (const story of touched) {
      const mean = linkage((sum.get(story) ?? 0) / members.get(story)!.length, top.get(story) ?? 0, merge);
      if (mean > bestMean) { bestMean = mean; chosen = story; }
    }
    const join = chosen !== undefined && bestMean >= merge.floor && bestMean / merge.singleton >= merge.ratio;
    yield* this.#replace(join ? [chosen!] : [], [join ? [...members.get(chosen!)!, article] : [article]], change);
  }
}

interface Region {
  members: Set<ArticleId>;
  /** Links of the articles read so far. */
  links: Map<ArticleId, ReadonlyMap<ArticleId, number>>;
  best: Map<ArticleId, readonly number[]>;
}

/** Earlier articles sharing a key term, those sharing most first (then the latest), at most MAX_CANDIDATES. */
function mostShared(keys: readonly string[], postings: ReadonlyMap<string, readonly { id: ArticleId; position: number }[]>): ArticleId[] {
  const shared = new Map<ArticleId, { n: number; position: number }>();
  for (const key of keys) for (const p of postings.get(key) ?? []) {
    const s = shared.get(p.id);
    if (s) s.n++;
    else shared.set(p.id, { n: 1, position: p.position });
  }
  return [...shared].sort((x, y) => y[1].n - x[1].n || y[1].position - x[1].position).slice(0, MAX_CANDIDATES).map(([id]) => id);
}

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
