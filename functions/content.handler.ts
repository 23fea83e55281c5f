import { contentApp } from './content/app.ts';
import { handleApi } from './http/handle-api.ts';

/**
 * Lambda entry for posts' figures (reach) and their verification, content rights and the
 * brand's content library (see shared/platform/routes.ts).
 */
export const handler = handleApi(contentApp);
