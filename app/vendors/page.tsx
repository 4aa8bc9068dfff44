import { organizationIndexRoute } from '../_routes/organization-routes';

const route = organizationIndexRoute('vendor');

export const metadata = route.metadata;
export default route.Page;
