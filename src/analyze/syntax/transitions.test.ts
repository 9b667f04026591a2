import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACTIONS, LEFT, ParseState, projectivize, REDUCE, RIGHT, SHIFT } from './transitions.js';

// "Police arrested two men in Lyon ." as heads 1-based (0 the root):
//  Police<-arrested, arrested<-ROOT, two<-men, men<-arrested, in<-Lyon, Lyon<-arrested, .<-arrested
const GOLD = Int32Array.from([0, 2, 0, 4, 2, 6, 2, 2]);

/** Follows the first zero-cost action in the order LEFT, RIGHT, REDUCE, SHIFT: a static oracle. */
function oracleParse(gold: Int32Array, check?: (st: ParseState, action: number, costs: Float64Array) => void): ParseState {
  const st = new ParseState(gold.length - 1);
  const costs = new Float64Array(ACTIONS);
  while (!st.done) {
    st.costs(gold, costs);
    const action = [LEFT, RIGHT, REDUCE, SHIFT].find((a) => costs[a] === 0);
    assert.notEqual(action, undefined, 'some action is free while the parse follows the gold tree');
    check?.(st, action!, costs);
    st.apply(action!, action === LEFT || action === RIGHT ? 1 : 0);
  }
  return st;
}

test('following zero-cost transitions rebuilds the gold tree', () => {
  const { heads } = oracleParse(GOLD).result();
  assert.deepEqual([...heads], [1, -1, 3, 1, 5, 1, 1]);
});

test('the dynamic oracle charges a wrong transition by the gold arcs it loses', () => {
  const st = new ParseState(7);
  const costs = new Float64Array(ACTIONS);
  st.apply(SHIFT); // stack: Police; buffer: arrested ... ROOT
  st.costs(GOLD, costs);
  assert.equal(costs[LEFT], 0); // arrested -> Police is gold
  assert.equal(costs[SHIFT], 1); // Police could no longer take "arrested" as head
  assert.equal(costs[RIGHT], 2); // Police -> arrested loses arrested's head (the root) and Police's head
  assert.equal(costs[REDUCE], Infinity); // Police has no head yet: illegal
});

test('the root comes last, and keeps one dependent: a second one hangs on the first', () => {
  const st = new ParseState(2);
  st.apply(SHIFT); st.apply(SHIFT);
  assert.equal(st.isLegal(SHIFT), false); // only the root is left in the buffer
  st.apply(LEFT, 5); st.apply(LEFT, 5);
  assert.ok(st.done);
  const { heads, labels } = st.result();
  assert.deepEqual([...heads], [-1, 0]);
  assert.deepEqual([...labels], [-1, -2]);
});

test('a crossing arc is lifted to its head\'s head until none crosses', () => {
  // 3 is the root; 1 <- 3, 2 <- 4, 4 <- 1: the arcs 4 -> 2 and 1 -> 4 both pass over the root 3
  const heads = projectivize(Int32Array.from([0, 3, 4, 0, 1]));
  // 2 goes up to 1 (the head of 4), then 4 up to 3 (the head of 1)
  assert.deepEqual([...heads], [0, 3, 1, 0, 3]);
});

test('onlyLegal names the transition when it is the only legal one, and -1 when there is a choice', () => {
  const st = new ParseState(2);
  assert.equal(st.onlyLegal(), SHIFT, 'an empty stack: only SHIFT');
  st.apply(SHIFT);
  assert.equal(st.onlyLegal(), -1, 'a word on the stack and one in the buffer: SHIFT, LEFT or RIGHT');
  st.apply(RIGHT, 1);
  st.apply(REDUCE);
  assert.equal(st.onlyLegal(), LEFT, 'the buffer holds only the root and the headless word waits on the stack: LEFT');
  for (let a = 0; a < ACTIONS; a++) assert.equal(st.isLegal(a), a === LEFT);
});
