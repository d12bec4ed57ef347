package org.openspacemakers.marketplace.privacy.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.openspacemakers.marketplace.privacy.PersonalData;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The profile's personal data: the download of everything the store holds of the signed-in person
 * ({@code personal-data.json}), and the erasure of their account, which asks their password and a
 * ticked confirmation and then ends their session.
 */
@Controller
class PersonalDataPages {

    private final PersonalData personalData;
    private final RefusalMessages explanations;

    PersonalDataPages(PersonalData personalData, RefusalMessages explanations) {
        this.personalData = personalData;
        this.explanations = explanations;
    }

    @GetMapping("/account/data")
    @ResponseBody
    ResponseEntity<PersonalData.Export> download(@AuthenticationPrincipal SignedInUser user) {
        return PersonalDataPages.attachment(personalData.of(user.id()));
    }

    /** The export as a JSON attachment named {@code personal-data.json}, never cached. */
    static ResponseEntity<PersonalData.Export> attachment(PersonalData.Export export) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("personal-data.json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export);
    }

    @PostMapping("/account/erasure")
    String erase(@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "false") String confirm,
            @AuthenticationPrincipal SignedInUser user, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Locale locale, RedirectAttributes redirect) {
        try {
            if (!"true".equals(confirm)) {
                throw new InvalidInput("confirm", "invalid.erasure.confirm");
            }
            personalData.erase(user.id(), password);
        } catch (InvalidInput e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
            return "redirect:/account?lang=" + locale.getLanguage() + "#erasure";
        } catch (Conflict e) {
            redirect.addFlashAttribute("problems", explanations.lines(e, locale));
            return "redirect:/account?lang=" + locale.getLanguage() + "#erasure";
        }
        // The account is gone: its session ends here (its other sessions end on their next request, as a disabled account's).
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        return "redirect:/privacy?lang=" + locale.getLanguage() + "&erased";
    }

}
