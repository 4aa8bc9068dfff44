import { unknownPath } from '@/lib/api/unknown-path';

// Anything under this prefix that no other route matches: a JSON 404 for every method.
export {
  unknownPath as GET,
  unknownPath as POST,
  unknownPath as PUT,
  unknownPath as PATCH,
  unknownPath as DELETE,
};
