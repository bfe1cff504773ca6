import type { ApiContext, ApiEndpoint, ApiRequest } from './api-route.js';
import { notFoundAnswer, type JsonAnswer } from './error-body.js';
import { getSigninOtp } from './signin-otp-get.js';

interface ApiRoute {
  method: string;
  path: string;
  endpoint: ApiEndpoint;
}

const apiRoutes: readonly ApiRoute[] = [
  {
    method: 'POST',
    path: '/api/Authentication/SigninOTP/Get',
    endpoint: getSigninOtp,
  },
];

/**
 * Answers an API request with its endpoint, or with 404 when no endpoint
 * matches its method and exact path.
 */
export function routeApiRequest(
  request: ApiRequest,
  context: ApiContext,
): JsonAnswer {
  const route = apiRoutes.find(
    (candidate) =>
      candidate.method === request.method && candidate.path === request.path,
  );
  if (route === undefined) {
    return notFoundAnswer(request.method, request.path);
  }
  return route.endpoint(request, context);
}
