package org.openspacemakers.marketplace.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.openspacemakers.marketplace.account.AccessTokens;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.People;
import org.openspacemakers.marketplace.account.SecurityEvents;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains. The JSON API under {@code /api} is stateless: HTTP Basic on every request,
 * no session created or read, so no CSRF tokens; instead the bodies a foreign page could send
 * without a preflight are refused from another origin ({@link CrossOriginFormRefusal}). Pages use
 * form sign-in, a session (its id changed at sign-in) and CSRF tokens on forms; anonymous
 * catalogue pages create no session.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /**
     * Forms post to the store only, and the checkout's form may end on Stripe's hosted page (a
     * redirect counts as the form's target).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self' https://checkout.stripe.com; "
            + "frame-ancestors 'none'";

    /** Swagger UI styles itself inline; its pages alone relax style-src. */
    static final String SWAGGER_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt by default, and able to verify hashes of future, stronger defaults.
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService userDetailsService(Accounts accounts) {
        return email -> accounts.byEmail(email)
                .map(SignedInUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such account"));
    }

    @Bean
    AuthenticationManager authenticationManager(UserDetailsService users, PasswordEncoder encoder, Accounts accounts,
            AddressFailureLimit addresses, SecurityEvents events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledSignIn(passwords, accounts, addresses, events));
    }

    /** A refusal of a signed-in person (their role, their token's scope) goes into the security events, then is answered. */
    static AccessDeniedHandler recorded(SecurityEvents events, AccessDeniedHandler answer) {
        return (request, response, denied) -> {
            if (request.getUserPrincipal() instanceof org.springframework.security.core.Authentication signedIn
                    && signedIn.getPrincipal() instanceof SignedInUser user) {
                events.record(SecurityEvents.Kind.ACCESS_REFUSED, user.id(), user.getUsername(), request.getRemoteAddr(),
                        request.getMethod() + " " + request.getRequestURI());
            }
            answer.handle(request, response, denied);
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager authenticationManager, AccessTokens tokens,
            Environment environment, SecurityEvents events) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, failure) -> {
            if (failure instanceof SignInThrottled) {
                ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "/problems/sign-in-throttled",
                        failure.getMessage());
            } else {
                // A Basic challenge makes a browser open its sign-in dialog (and then send the typed
                // credentials to the API with any request, a foreign page's too): it answers only a
                // request that tried Basic; any other is told of tokens, which no browser prompts for.
                response.setHeader("WWW-Authenticate", triedBasic(request) ? "Basic realm=\"marketplace\"" : "Bearer");
                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "/problems/unauthorized",
                        "Sign in with HTTP Basic (e-mail and password) or a personal access token (Bearer).");
            }
        };
        AccessDeniedHandler forbidden = recorded(events, (request, response, denied) -> ProblemResponses.write(response,
                HttpStatus.FORBIDDEN, "/problems/forbidden", "Your role does not allow this action."));
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/boards", "/api/v1/boards/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/transparency").permitAll()
                        // sign-up, verification and password reset: anyone (resending the verification is the signed-in person's)
                        // Stripe's webhook: its signature, checked by the endpoint, is its credential.
                        .requestMatchers(HttpMethod.POST, "/api/v1/payments/stripe/webhook").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts", "/api/v1/accounts/verify",
                                "/api/v1/accounts/password-reset", "/api/v1/accounts/password-reset/confirm").permitAll()
                        .requestMatchers("/api/v1/revisions/*/review/**").hasAnyRole("REVIEWER", "ADMIN")
                        .requestMatchers("/api/v1/revisions/*/recall", "/api/v1/recalls", "/api/v1/recalls/**")
                                .hasAnyRole("REVIEWER", "ADMIN")
                        // The dossier: its team, reviewers and administrators; the controller checks which revision.
                        .requestMatchers("/api/v1/revisions/*/dossier", "/api/v1/revisions/*/dossier/**").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/v1/register").hasAnyRole("ADMIN", "REVIEWER")
                        .requestMatchers("/api/v1/register/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/teams").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/api/v1/teams/*/members").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.DELETE, "/api/v1/teams/*/members/*").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .authenticationManager(authenticationManager)
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .addFilterBefore(new BearerTokenFilter(tokens, events), BasicAuthenticationFilter.class)
                // where CSRF tokens would be checked: before any sign-in, so a refused request changes nothing
                .addFilterAt(new CrossOriginFormRefusal(environment.getProperty("marketplace.mail.public-url")), CsrfFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * After sign-in, the page that asked for it (its address carries its language), else the
     * storefront in the language the sign-in form was posted in.
     */
    private static SavedRequestAwareAuthenticationSuccessHandler signedIn() {
        SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
                return RequestLocale.withAskedLanguage("/", request);
            }
        };
        handler.setDefaultTargetUrl("/");
        return handler;
    }

    /** The sign-in page, in the language the guarded page was asked in. */
    private static final class SignInInLanguage extends LoginUrlAuthenticationEntryPoint {

        SignInInLanguage(String loginPage) {
            super(loginPage);
        }

        @Override
        protected String determineUrlToUseForThisRequest(HttpServletRequest request, HttpServletResponse response,
                org.springframework.security.core.AuthenticationException exception) {
            return RequestLocale.withAskedLanguage(getLoginFormUrl(), request);
        }
    }

    private static boolean triedBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain swaggerUi(HttpSecurity http) throws Exception {
        http.securityMatcher("/swagger-ui/**", "/swagger-ui.html", "/v3/api-docs/**", "/v3/api-docs")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(SWAGGER_CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authenticationManager, Environment environment,
            SecurityEvents events, People people, ListableBeanFactory beans) throws Exception {
        // The benchmarks' floor (bench/BenchPages) is as public as the product page, in the bench profile only;
        // without it, /bench/** is an unknown path like any other.
        boolean benchPages = environment.matchesProfiles("bench");
        AuthenticationFailureHandler signInFailed = (request, response, failure) -> {
            if (failure instanceof SignInThrottled) {
                response.setStatus(HttpServletResponse.SC_OK);
                request.getRequestDispatcher(RequestLocale.withAskedLanguage("/login/throttled", request)).forward(request, response);
            } else {
                response.sendRedirect(RequestLocale.withAskedLanguage(request.getContextPath() + "/login?error", request));
            }
        };
        http.authorizeHttpRequests(requests -> {
                    if (benchPages) {
                        requests.requestMatchers(HttpMethod.GET, "/bench/**").permitAll();
                    }
                    requests.requestMatchers("/", "/boards/**", "/photos/**", "/terms", "/legal", "/contact", "/privacy", "/transparency", "/login", "/login/**",
                                    "/sign-up", "/sign-up/**", "/verify", "/password-reset", "/password-reset/**", "/donate", "/donations/**",
                                    "/css/**", "/favicon.ico",
                                    "/error", "/error/**", "/actuator/health", "/actuator/health/**").permitAll()
                            // evidence files: reviewers only, and not found (rather than forbidden) for anyone else
                            .requestMatchers(HttpMethod.GET, "/review/*/evidence/*").authenticated()
                            .requestMatchers("/review/**").hasRole("REVIEWER")
                            .requestMatchers("/admin/**").hasRole("ADMIN")
                            .requestMatchers("/recalls", "/recalls/**").hasAnyRole("REVIEWER", "ADMIN")
                            .requestMatchers("/teams/**", "/listings/**", "/revisions/**", "/offers/**").hasRole("MAKER")
                            // an address no page answers is not found, for anyone: not a reason to sign in
                            .requestMatchers(new UnmappedRequests(beans)).permitAll()
                            .anyRequest().authenticated();
                })
                .authenticationManager(authenticationManager)
                .formLogin(form -> form.loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(signedIn())
                        .failureHandler(signInFailed)
                        .permitAll())
                .logout(logout -> logout.logoutSuccessHandler((request, response, authentication) ->
                        response.sendRedirect(RequestLocale.withAskedLanguage(request.getContextPath() + "/", request))))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new SignInInLanguage("/login"))
                        .accessDeniedHandler(recorded(events, new AccessDeniedHandlerImpl())))
                .addFilterAfter(new DisabledAccounts(people), SecurityContextHolderFilter.class)
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
