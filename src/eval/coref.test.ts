import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseEcbDoc, prepareTopic } from './coref.js';

const DOC = `<Document doc_name="1_1ecb.xml">
<token t_id="1" sentence="0" number="0">Headline</token>
<token t_id="2" sentence="1" number="0">Ana</token>
<token t_id="3" sentence="1" number="1">Diaz</token>
<token t_id="4" sentence="1" number="2">visited</token>
<token t_id="5" sentence="1" number="3">the</token>
<token t_id="6" sentence="1" number="4">Blue</token>
<token t_id="7" sentence="1" number="5">Clinic</token>
<token t_id="8" sentence="1" number="6">.</token>
<token t_id="9" sentence="2" number="0">She</token>
<token t_id="10" sentence="2" number="1">left</token>
<token t_id="11" sentence="2" number="2">Diaz</token>
<token t_id="12" sentence="2" number="3">&amp;</token>
<Markables>
<HUMAN_PART_PER m_id="1"  >
  <token_anchor t_id="2"/>
  <token_anchor t_id="3"/>
</HUMAN_PART_PER>
<LOC_FAC m_id="2"  >
  <token_anchor t_id="5"/>
  <token_anchor t_id="6"/>
  <token_anchor t_id="7"/>
</LOC_FAC>
<HUMAN_PART_PER m_id="3"  >
  <token_anchor t_id="9"/>
</HUMAN_PART_PER>
<HUMAN_PART_PER m_id="4"  >
  <token_anchor t_id="11"/>
</HUMAN_PART_PER>
<HUMAN_PART_PER m_id="9" RELATED_TO="" TAG_DESCRIPTOR="t1_ana" instance_id="HUM1" />
</Markables>
<Relations>
<CROSS_DOC_COREF r_id="1" note="HUM1" >
  <source m_id="1" />
  <source m_id="3" />
  <target m_id="9" />
</CROSS_DOC_COREF>
<INTRA_DOC_COREF r_id="2" >
  <source m_id="4" />
  <target m_id="1" />
</INTRA_DOC_COREF>
</Relations>
</Document>`;

test('ECB+ documents: tokens, markables, chains; proper names in listed sentences only', () => {
  const doc = parseEcbDoc('1_1ecb.xml', DOC);
  assert.equal(doc.topic, '1');
  assert.equal(doc.tokens.length, 12);
  assert.equal(doc.tokens[11]!.text, '&');
  assert.deepEqual(doc.mentions.map((m) => m.id), ['1', '2', '3', '4']);
  assert.equal(doc.chainOf.get('1'), 'x:HUM1');
  assert.equal(doc.chainOf.get('3'), 'x:HUM1');
  assert.equal(doc.chainOf.get('4'), 'i:1_1ecb.xml:1');
  const { articles, gold } = prepareTopic([doc], new Set(['1/1ecb/1', '1/1ecb/2']));
  const a = articles[0]!;
  // "She" is a pronoun: out. The rest are names.
  assert.deepEqual(a.mentions!.map((m) => [m.text, m.type]), [['Ana Diaz', 'PER'], ['the Blue Clinic', 'LOC'], ['Diaz', 'PER']]);
  for (const m of a.mentions!) assert.equal(a.text.slice(m.start, m.end), m.text);
  assert.equal(gold.size, 3);
  const only1 = prepareTopic([doc], new Set(['1/1ecb/1']));
  assert.equal(only1.articles[0]!.mentions!.length, 2);
});

// The score on ECB+ is an evaluation, not a test: .ci/run gates it.
