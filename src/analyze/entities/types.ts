// The recogniser contract lives in core (stages receive a recogniser through their context).
export type { EntityRecognizer } from '../../core/stage.js';
export type { EntityType } from '../../core/model.js';
