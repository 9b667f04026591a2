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
