/** Invented text for the person gate's tests: real-looking people beside a band, a character, a bookmaker, a theme park, a festival and a TV show. */

/** Each non-person is found by the extractor (a cue beside it) and then scored down by its rule. */
export const TRAPS = [
  'Singer Marla Quenby, 34, opened the night.',
  'The band Tessa Morrow played next. Tessa Morrow said the crowd was wild.',
  'Actor Devlin Harcourt plays Edwin Sprocket in the sequel. Edwin Sprocket said little in the trailer.',
  'Bookmakers Brindleys offered odds of 3/1. A spokesman for Brindleys said it was close.',
  'Fans queued at Maple Ashby, the theme park near Leeds. Maple Ashby said queues were long.',
  'The Harlan Vale festival sold out. Harlan Vale said tickets were gone.',
  'Viewers loved the latest Gemma Pike episode. Gemma Pike said ratings rose.',
  'Quenby married Harcourt in 2019. Celia Brandt, her agent, said nothing.',
].join(' ');
export const TRAP_NAMES = ['Tessa Morrow', 'Edwin Sprocket', 'Brindleys', 'Maple Ashby', 'Harlan Vale', 'Gemma Pike'];
export const PEOPLE = ['Marla Quenby', 'Devlin Harcourt', 'Celia Brandt'];
