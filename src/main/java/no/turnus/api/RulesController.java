package no.turnus.api;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.turnus.homecare.input.HomecareDataset;
import no.turnus.homecare.rules.HomecareRules;
import no.turnus.problem.Rule;
import no.turnus.roster.input.RosterDataset;
import no.turnus.roster.rules.RosterRuleSet;
import no.turnus.scenario.facility.SitingDataset;
import no.turnus.scenario.facility.SitingRules;
import no.turnus.store.NotFoundException;

@RestController
@RequestMapping("/api/kinds")
@Tag(name = "Rules", description = "The catalogue of each kind's rules, with labels in bokmål and English")
class RulesController {

    /** One rule as the UI shows it. */
    record RuleView(String name, String level, int weight, String reference, boolean legal, Integer contractWeight,
                    Map<String, String> labels) {
        static RuleView of(Rule rule) {
            return new RuleView(rule.name(), rule.level().label(), rule.weight(), rule.reference(), rule.legal(),
                    rule.contractWeight(), Map.of("nb", rule.nb(), "en", rule.en()));
        }
    }

    @GetMapping("/{kind}/rules")
    @Operation(summary = "A kind's rules", description = "Every rule of the kind (roster: of its rule set, by default"
            + " the Norwegian one; ?ruleSet=inrc-2010 for INRC-2010 instances): the constraint name that"
            + " constraintWeights and job weights use, level, default weight, legal or agreement reference, whether it"
            + " is the law's (a hard one may then only be tightened), the default contract multiplier where a contract"
            + " may weigh it, and its labels {nb, en}.")
    List<RuleView> rules(@PathVariable String kind, @RequestParam(required = false) String ruleSet) {
        List<Rule> rules = switch (kind) {
            case RosterDataset.KIND -> RosterRuleSet.find(ruleSet)
                    .orElseThrow(() -> new NotFoundException("roster rule set", ruleSet)).rules();
            case HomecareDataset.KIND -> HomecareRules.rules();
            case SitingDataset.KIND -> SitingRules.rules();
            default -> throw new NotFoundException("kind with a rule catalogue", kind);
        };
        return rules.stream().map(RuleView::of).toList();
    }
}
