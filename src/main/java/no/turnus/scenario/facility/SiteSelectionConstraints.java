package no.turnus.scenario.facility;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countDistinct;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sumLong;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;

import no.turnus.problem.Breach;

/**
 * The constraints of the {@link SitingRules} catalogue. Hard: a site serves no more than its capacity, and no more
 * sites are open than allowed. Medium: demand left without a site. Soft: opening cost of each open site plus the
 * cost of serving each demand point from its site.
 */
public class SiteSelectionConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                capacity(factory), openSites(factory), unserved(factory), openingCost(factory),
                allocationCost(factory)};
    }

    Constraint capacity(ConstraintFactory factory) {
        return factory.forEach(DemandPoint.class)
                .groupBy(DemandPoint::getSite, sumLong(DemandPoint::getDemand))
                .filter((site, demand) -> demand > site.capacity())
                .penalizeLong(SitingRules.CAPACITY.longWeight(), (site, demand) -> demand - site.capacity())
                .justifyWith((site, demand, score) -> new Breach(site.id(), "",
                        "Site " + site.id() + " is given " + SiteSelectionPlans.unscaled(demand)
                                + " units of demand but can serve " + SiteSelectionPlans.unscaled(site.capacity()), "")
                        .nb("Stedet " + site.id() + " får " + SiteSelectionPlans.unscaled(demand)
                                + " enheter av behovet, men kan dekke " + SiteSelectionPlans.unscaled(site.capacity())))
                .asConstraint(SitingRules.CAPACITY.ruleName());
    }

    Constraint openSites(ConstraintFactory factory) {
        return factory.forEach(DemandPoint.class)
                .groupBy(countDistinct(DemandPoint::getSite))
                .join(OpenSiteLimit.class)
                .filter((open, limit) -> open > limit.maxOpenSites())
                .penalizeLong(SitingRules.OPEN_SITES.longWeight(), (open, limit) -> open - limit.maxOpenSites())
                .justifyWith((open, limit, score) -> new Breach("all sites", "",
                        open + " sites are open but at most " + limit.maxOpenSites() + " may be", "")
                        .nb("alle steder", "", open + " steder er åpne, men høyst " + limit.maxOpenSites() + " kan være det"))
                .asConstraint(SitingRules.OPEN_SITES.ruleName());
    }

    Constraint unserved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(DemandPoint.class)
                .filter(point -> point.getSite() == null)
                .penalizeLong(SitingRules.UNSERVED.longWeight(), DemandPoint::getDemand)
                .justifyWith((point, score) -> new Breach(point.getId(), "",
                        SiteSelectionPlans.unscaled(point.getDemand()) + " units of demand at " + point.getId()
                                + " have no site to serve them", "")
                        .nb(SiteSelectionPlans.unscaled(point.getDemand()) + " enheter av behovet i " + point.getId()
                                + " har ikke noe sted som dekker dem"))
                .asConstraint(SitingRules.UNSERVED.ruleName());
    }

    Constraint openingCost(ConstraintFactory factory) {
        return factory.forEach(DemandPoint.class)
                .groupBy(DemandPoint::getSite)
                .penalizeLong(SitingRules.OPENING_COST.longWeight(), CandidateSite::fixedCost)
                .justifyWith((site, score) -> new Breach(site.id(), "",
                        "Site " + site.id() + " is open, which costs " + SiteSelectionPlans.unscaled(site.fixedCost()),
                        "")
                        .nb("Stedet " + site.id() + " er åpent, og det koster " + SiteSelectionPlans.unscaled(site.fixedCost())))
                .asConstraint(SitingRules.OPENING_COST.ruleName());
    }

    Constraint allocationCost(ConstraintFactory factory) {
        return factory.forEach(DemandPoint.class)
                .penalizeLong(SitingRules.ALLOCATION_COST.longWeight(), DemandPoint::allocationCost)
                .justifyWith((point, score) -> new Breach(point.getId(), "",
                        point.getId() + " is served from site " + point.getSite().id() + " at a cost of "
                                + SiteSelectionPlans.unscaled(point.allocationCost()), "")
                        .nb(point.getId() + " dekkes fra stedet " + point.getSite().id() + " til en kostnad av "
                                + SiteSelectionPlans.unscaled(point.allocationCost())))
                .asConstraint(SitingRules.ALLOCATION_COST.ruleName());
    }
}
