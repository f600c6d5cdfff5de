/*
 * The design system's text fields are plain HTML (components/ui/native-fields.tsx): they submit without
 * JavaScript, ship none, and keep what was typed before the page's scripts loaded. The react-aria versions
 * reset early typing on hydration (decision 008), which made a profile form lose what a young person typed.
 */
export {
  type FieldWidth,
  NativeTextArea as TextArea,
  type NativeTextAreaProps as TextAreaProps,
  NativeTextField as TextField,
  type NativeTextFieldProps as TextFieldProps,
} from './native-fields';
