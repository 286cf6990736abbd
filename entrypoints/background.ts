import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled by later issues: listeners are registered synchronously here.
});
