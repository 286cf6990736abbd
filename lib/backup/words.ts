// The frozen formats' messages, worded when zod reports them (the browser's language), not when
// the schemas are built: the formats stay frozen, their words follow the user.

/** A zod check's params: its message, worded on demand (`say(() => t('errors.list'))`). */
export const say = (word: () => string) => ({ error: word });
