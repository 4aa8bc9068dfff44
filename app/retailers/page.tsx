import { organizationIndexRoute } from '../_routes/organization-routes';

const route = organizationIndexRoute('retailer');

export const metadata = route.metadata;
export default route.Page;
