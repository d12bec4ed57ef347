package org.openspacemakers.marketplace.order.web;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.openspacemakers.marketplace.account.Accounts;
import org.openspacemakers.marketplace.account.User;
import org.openspacemakers.marketplace.catalog.Team;
import org.openspacemakers.marketplace.catalog.Teams;
import org.openspacemakers.marketplace.order.AssembledUnit;
import org.openspacemakers.marketplace.order.Fulfilment;
import org.openspacemakers.marketplace.order.Order;
import org.openspacemakers.marketplace.order.Orders;
import org.openspacemakers.marketplace.order.PartCheck;
import org.openspacemakers.marketplace.refusal.Conflict;
import org.openspacemakers.marketplace.refusal.InvalidInput;
import org.openspacemakers.marketplace.refusal.NotFound;
import org.openspacemakers.marketplace.system.RefusalMessages;
import org.openspacemakers.marketplace.system.SignedInUser;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The team's fulfilment pages: its queue of paid orders (oldest paid first, each with its due date),
 * the orders it shipped that are not yet delivered (to mark them delivered) and, per order, the forms for each move: tick the parts received (assembly-only), start the
 * assembly, record each unit with its functional test, mark the order tested, ship it with carrier
 * and tracking number, mark it delivered. A form refused answers the page again with each field's
 * message next to it (400), or with the state that does not allow the move (409); nothing is stored
 * then. An order without a board of the team is not found.
 */
@Controller
class TeamOrderPages {

    private final OrderNotes notes;

    private final Teams teams;
    private final Orders orders;
    private final Fulfilment fulfilment;
    private final Accounts accounts;
    private final RefusalMessages explanations;

    TeamOrderPages(Teams teams, Orders orders, Fulfilment fulfilment, Accounts accounts, RefusalMessages explanations,
            OrderNotes notes) {
        this.notes = notes;
        this.teams = teams;
        this.orders = orders;
        this.fulfilment = fulfilment;
        this.accounts = accounts;
        this.explanations = explanations;
    }

    /** Room for the rows of a long BOM (Spring grows lists to 256 by default). */
    @InitBinder("partsForm")
    void bindParts(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(2000);
    }

    @GetMapping("/teams/{team}/orders")
    String queue(@PathVariable String team, @AuthenticationPrincipal SignedInUser maker, Model model) {
        Team found = teams.ofMember(maker.id(), team);
        model.addAttribute("team", found);
        model.addAttribute("waiting", orders.waitingFor(found.id()));
        model.addAttribute("shipped", orders.shippedBy(found.id()));
        return "team-orders";
    }

    @GetMapping("/teams/{team}/orders/{orderId}")
    String order(@PathVariable String team, @PathVariable UUID orderId, @AuthenticationPrincipal SignedInUser maker,
            Model model) {
        show(team, orderId, maker, model);
        return "team-order";
    }

    @PostMapping("/teams/{team}/orders/{orderId}/parts")
    ModelAndView parts(@PathVariable String team, @PathVariable UUID orderId,
            @Valid @ModelAttribute("partsForm") PartsForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, errors, "parts", () -> {
            List<PartsForm.Ticked> ticked = form.ticked();
            if (ticked.isEmpty()) {
                errors.reject("teamOrder.parts.none");
                return null;
            }
            try {
                fulfilment.checkParts(orderId, ticked.stream().map(PartsForm.Ticked::tick).toList(), actor(maker));
            } catch (InvalidInput e) {
                // The core names each tick by its place among those sent: the page names the form's row.
                throw new InvalidInput(e.problems().stream().map(p -> new InvalidInput.Problem(
                        rowField(p.field(), ticked), p.key(), p.arguments())).toList());
            }
            return "partsChecked";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/assembly")
    ModelAndView startAssembly(@PathVariable String team, @PathVariable UUID orderId,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, null, null, () -> {
            orders.startAssembly(orderId, actor(maker));
            return "assemblyStarted";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/units")
    ModelAndView recordUnit(@PathVariable String team, @PathVariable UUID orderId,
            @Valid @ModelAttribute("unitForm") UnitForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, errors, "unit", () -> {
            AssembledUnit unit = fulfilment.recordUnit(orderId, form.getLineNo(), form.toEntry(), actor(maker));
            redirect.addFlashAttribute("serial", unit.serial());
            return "unitRecorded";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/units/tests")
    ModelAndView retestUnit(@PathVariable String team, @PathVariable UUID orderId,
            @Valid @ModelAttribute("retestForm") UnitForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        if (form.getSerial() == null || form.getSerial().isBlank()) {
            errors.rejectValue("serial", "NotBlank");
        }
        return attempt(team, orderId, maker, locale, model, redirect, errors, "retest", () -> {
            try {
                fulfilment.retestUnit(orderId, form.getSerial().strip(), form.toEntry(), actor(maker));
            } catch (NotFound unknownSerial) {
                throw new InvalidInput("serial", "invalid.serial");
            }
            return "unitTested";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/tested")
    ModelAndView markTested(@PathVariable String team, @PathVariable UUID orderId,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, null, null, () -> {
            orders.markTested(orderId, actor(maker));
            return "tested";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/shipment")
    ModelAndView ship(@PathVariable String team, @PathVariable UUID orderId,
            @Valid @ModelAttribute("shipmentForm") ShipmentForm form, BindingResult errors,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, errors, "shipment", () -> {
            orders.ship(orderId, form.getCarrier().strip(), form.getTrackingNumber().strip(),
                    form.getLeftoverParts() == null ? "" : form.getLeftoverParts(), actor(maker));
            return "shipped";
        });
    }

    @PostMapping("/teams/{team}/orders/{orderId}/delivered")
    ModelAndView delivered(@PathVariable String team, @PathVariable UUID orderId,
            @AuthenticationPrincipal SignedInUser maker, Locale locale, Model model, RedirectAttributes redirect) {
        return attempt(team, orderId, maker, locale, model, redirect, null, null, () -> {
            orders.deliver(orderId, actor(maker));
            return "delivered";
        });
    }

    /**
     * Makes a move unless its form was refused when bound. Done: back to the order's page with what
     * was done. Refused (a field, the order's state, the gate): the page again, with the form as sent
     * and the reason next to it, answered 400 or 409.
     */
    private ModelAndView attempt(String team, UUID orderId, SignedInUser maker, Locale locale, Model model,
            RedirectAttributes redirect, BindingResult errors, String form, java.util.function.Supplier<String> move) {
        Team found = teams.ofMember(maker.id(), team);
        teamOrder(found, orderId, maker);
        HttpStatus refused = HttpStatus.BAD_REQUEST;
        if (errors == null || !errors.hasErrors()) {
            try {
                String done = move.get();
                if (done != null) {
                    redirect.addFlashAttribute("notice", "teamOrder.done." + done);
                    return new ModelAndView("redirect:/teams/" + found.slug() + "/orders/" + orderId + "?lang="
                            + locale.getLanguage());
                }
            } catch (InvalidInput e) {
                e.problems().forEach(p -> {
                    if (errors != null && fieldOf(errors, p.field())) {
                        errors.rejectValue(p.field(), p.key(), p.arguments().toArray(), p.key());
                    } else {
                        model.addAttribute("problems", explanations.lines(e, locale));
                    }
                });
            } catch (Conflict e) {
                model.addAttribute("problems", explanations.lines(e, locale));
                refused = HttpStatus.CONFLICT;
            }
        }
        model.addAttribute("refusedForm", form);
        show(team, orderId, maker, model);
        return new ModelAndView("team-order", model.asMap(), refused);
    }

    /** Whether the form has this field (a row of the parts form too), so that its message goes next to it. */
    private static boolean fieldOf(BindingResult errors, String field) {
        return errors.getTarget() != null && new BeanWrapperImpl(errors.getTarget()).isReadableProperty(field);
    }

    /** {@code parts[i].note} as the core names the i-th tick sent, as the form names that tick's row. */
    private static String rowField(String field, List<PartsForm.Ticked> ticked) {
        java.util.regex.Matcher indexed = java.util.regex.Pattern.compile("^parts\\[(\\d+)](.*)$").matcher(field);
        if (!indexed.matches()) {
            return field;
        }
        int tick = Integer.parseInt(indexed.group(1));
        return tick < ticked.size() ? "parts[" + ticked.get(tick).row() + "]" + indexed.group(2) : field;
    }

    /** The page's model: the order, its units and checklist, the names of who did what, and each form not already there. */
    private void show(String team, UUID orderId, SignedInUser maker, Model model) {
        Team found = teams.ofMember(maker.id(), team);
        Order order = teamOrder(found, orderId, maker);
        List<AssembledUnit> units = fulfilment.unitsOf(order);
        List<Fulfilment.ChecklistRow> checklist = fulfilment.checklist(order);
        model.addAttribute("team", found);
        model.addAttribute("order", order);
        model.addAttribute("stepNotes", notes.of(order, org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        model.addAttribute("lines", lines(order, found));
        model.addAttribute("units", units);
        model.addAttribute("checklist", checklist);
        model.addAttribute("partStatuses", PartCheck.Status.values());
        Set<UUID> people = new HashSet<>();
        units.forEach(unit -> unit.tests().forEach(test -> people.add(test.testedBy())));
        units.forEach(unit -> people.add(unit.assembledBy()));
        checklist.forEach(row -> row.check().ifPresent(check -> people.add(check.checkedBy())));
        order.steps().forEach(step -> step.actor().ifPresent(people::add));
        model.addAttribute("names", people.stream().collect(Collectors.toMap(Function.identity(),
                id -> accounts.byId(id).map(User::displayName).orElse("—"))));
        if (!model.containsAttribute("unitForm")) {
            UnitForm form = new UnitForm();
            form.setFirmwareVersion(units.isEmpty() ? "" : units.get(units.size() - 1).firmwareVersion());
            model.addAttribute("unitForm", form);
        }
        if (!model.containsAttribute("retestForm")) {
            model.addAttribute("retestForm", new UnitForm());
        }
        if (!model.containsAttribute("shipmentForm")) {
            model.addAttribute("shipmentForm", new ShipmentForm());
        }
        if (!model.containsAttribute("partsForm")) {
            PartsForm form = new PartsForm();
            List<PartsForm.Row> rows = new ArrayList<>();
            for (Fulfilment.ChecklistRow row : checklist) {
                PartsForm.Row field = new PartsForm.Row();
                field.setLineNo(row.part().lineNo());
                field.setItemNo(row.part().itemNo());
                rows.add(field);
            }
            form.setParts(rows);
            model.addAttribute("partsForm", form);
        }
    }

    /** The order's lines with their numbers, the team's own marked (a unit is recorded for those only). */
    private static List<LineView> lines(Order order, Team team) {
        List<LineView> lines = new ArrayList<>();
        for (int i = 0; i < order.lines().size(); i++) {
            lines.add(new LineView(i, order.lines().get(i), order.lines().get(i).teamId().equals(team.id())));
        }
        return lines;
    }

    /** An order line as the page lists it. */
    record LineView(int number, org.openspacemakers.marketplace.order.OrderLine line, boolean ours) {
    }

    /** The order, when it has a board of this team; not found otherwise. */
    private Order teamOrder(Team team, UUID orderId, SignedInUser maker) {
        return orders.findForViewer(orderId, maker.id(), false).filter(order -> order.teams().contains(team.id()))
                .orElseThrow(NotFound::new);
    }

    private static Orders.Actor actor(SignedInUser maker) {
        return Orders.Actor.person(maker.id());
    }
}
