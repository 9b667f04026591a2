import assert from 'node:assert/strict';
import { test } from 'node:test';
import { languageOf } from './language.js';

test('a short English line is English or undetermined, never another language', () => {
  for (const line of ["PHILADELPHIA 76ERS Fired Jim O'Brien, coach. Named Maurice Cheeks coach.", 'Esther Williams, swimming star, dies at 91', 'Le Pen visits the port', 'Strike ends'])
    assert.ok(['eng', 'und'].includes(languageOf(line)), `${line}: ${languageOf(line)}`);
  assert.equal(languageOf('Strike ends'), 'und', 'too short to tell');
});

test('a text clearly in another language is named, even a short one', () => {
  assert.equal(languageOf('Die Regierung hat am Montag neue Regeln für den Hafen beschlossen. Die Arbeiter sind mit der Entscheidung nicht zufrieden und wollen weiter streiken.'), 'deu');
  assert.equal(languageOf('El gobierno aprobó el lunes nuevas normas para el puerto y los trabajadores anunciaron una huelga de tres días en protesta por la decisión del ministerio.'), 'spa');
});

test('the nearest language and English score are franc-min\'s own, on texts of every length and several scripts', async () => {
  const { francAll } = await import('franc-min');
  const { nearestLanguage } = await import('./language-profiles.js');
  const texts = [
    'Die Regierung hat am Montag neue Regeln für den Hafen beschlossen. Die Arbeiter sind mit der Entscheidung nicht zufrieden.',
    'El gobierno aprobó el lunes nuevas normas para el puerto y los trabajadores anunciaron una huelga de tres días.',
    'The ferry sank off the coast of Mwanza on Thursday; at least 19 people died, police said. Divers searched the lake for survivors.',
    'Правительство в понедельник утвердило новые правила для порта, а рабочие объявили забастовку.',
    '政府周一批准了港口的新规定，工人宣布罢工三天。', 'Le Pen visits the port of Marseille with the mayor and 300 workers', '12345 67890 !!! ??? 2024-01-02 11:30',
    'Ο πρωθυπουργός επισκέφθηκε το λιμάνι τη Δευτέρα.', 'أعلنت الحكومة يوم الاثنين قواعد جديدة للميناء وأضرب العمال ثلاثة أيام.', 'Mamlaka ya bandari imesema meli ilizama karibu na Mwanza siku ya Alhamisi.',
  ];
  for (const text of texts) for (const length of [10, 40, 60, 120, 200, 800]) {
    const sample = text.repeat(8).slice(0, length);
    const scores = francAll(sample, { minLength: 40 });
    const ours = nearestLanguage(sample, 40, true);
    assert.equal(ours.best, scores[0]![0], sample);
    assert.equal(ours.english, scores.find(([code]) => code === 'eng')?.[1] ?? 0, sample);
  }
});
