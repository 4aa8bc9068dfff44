import { organizationProfileRoute } from '../../_routes/organization-routes';

// Any organization, including kinds without their own routes (agencies such as the FBI).
const route = organizationProfileRoute();

export const generateMetadata = route.generateMetadata;
export default route.Page;
