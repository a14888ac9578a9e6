/** How the layout measures text: a label's width in pixels, in the style it is set in. */

/** How a label's text is set: plain, strong for key events, or as a lane's name. */
export type TextStyle = 'label' | 'strong' | 'lane';

/** The width of a text in pixels, set in a style (plain by default). */
export type MeasureText = (text: string, style?: TextStyle) => number;
