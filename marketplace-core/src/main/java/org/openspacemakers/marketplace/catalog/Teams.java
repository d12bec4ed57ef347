package org.openspacemakers.marketplace.catalog;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The project teams: administrators create them and add makers; members set how many boards they
 * assemble a week, how far ahead orders may book, and where assembly-only parts are sent.
 */
@Service
public class Teams {

    private final TeamRepository teams;
    private final BoardRepository boards;
    private final TeamMembership membership;
    private final PageVersions versions;
    private final EntityManager entityManager;
    private final Clock clock;

    Teams(TeamRepository teams, BoardRepository boards, TeamMembership membership, PageVersions versions,
            EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        this.teams = teams;
        this.versions = versions;
        this.boards = boards;
        this.membership = membership;
    }

    /** An administrator creates a team with its first members. */
    @Transactional
    public Team create(Slug slug, String name, Collection<UUID> members) {
        if (teams.findBySlug(slug.value()).isPresent()) {
            throw new ListingRejected("slug", "invalid.teamExists", slug.value());
        }
        Team team = new Team(slug, name);
        members.forEach(team::addMember);
        return teams.save(team);
    }

    /** An administrator adds a maker to a team. */
    @Transactional
    public Team addMember(String teamSlug, UUID maker) {
        Team team = teams.findBySlug(teamSlug).orElseThrow(NotTeamMember::new);
        team.addMember(maker);
        return team;
    }

    /**
     * An administrator takes a person off a team, the API and the page alike: an unknown team or a
     * person who is not a member is not found; the last member of a team with boards stays (a
     * conflict). The team is locked, so that two removals at once cannot leave it without members.
     */
    @Transactional
    public Team removeMember(String teamSlug, UUID member) {
        Team team = teams.findBySlug(teamSlug).orElseThrow(NotTeamMember::new);
        entityManager.refresh(team, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        team.removeMember(member, !boards.findByTeamIdOrderByName(team.id()).isEmpty());
        return team;
    }

    @Transactional
    public Team changeCapacity(UUID actor, String teamSlug, int weeklyCapacity, int horizonWeeks) {
        Team team = membership.team(actor, teamSlug);
        team.changeCapacity(weeklyCapacity, horizonWeeks);
        versions.teamChanged(team.id());
        return team;
    }

    @Transactional
    public Team moveWorkshop(UUID actor, String teamSlug, String address) {
        Team team = membership.team(actor, teamSlug);
        team.moveWorkshop(address);
        versions.teamChanged(team.id());
        return team;
    }

    /**
     * A member pauses the team until a day ({@link Team#pause}): its offers show the day instead of a
     * lead time and it takes no order. The team's row is locked first, so that an order being placed
     * for it is either placed before the pause commits or sees it ({@link #lockCapacity}).
     */
    @Transactional
    public Team pause(UUID actor, String teamSlug, LocalDate until) {
        Team team = locked(membership.team(actor, teamSlug));
        team.pause(until, today(), actor, clock.instant());
        versions.teamChanged(team.id());
        return team;
    }

    /** A member resumes the team before its pause's day; a conflict when it is not paused. */
    @Transactional
    public Team resume(UUID actor, String teamSlug) {
        Team team = locked(membership.team(actor, teamSlug));
        team.resume(today(), actor, clock.instant());
        versions.teamChanged(team.id());
        return team;
    }

    /** Today as the store counts days (UTC): the day a pause is judged on. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Team locked(Team team) {
        entityManager.refresh(team, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        return team;
    }

    /**
     * Locks the team's capacity until the calling transaction ends, so that orders booking it are
     * taken one after another, on any node.
     */
    @Transactional
    public Team lockCapacity(UUID teamId) {
        return teams.lockById(teamId).orElseThrow(NotTeamMember::new);
    }

    /**
     * Adds boards to the team's queue (a negative number takes them off), inside the transaction
     * that holds the team's lock ({@link #lockCapacity}) and stores the orders that change it.
     */
    @Transactional
    public void queue(UUID teamId, int boards) {
        entityManager.createNativeQuery("UPDATE teams SET queued_boards = queued_boards + ?1 WHERE id = ?2")
                .setParameter(1, boards).setParameter(2, teamId.toString()).executeUpdate();
    }

    @Transactional(readOnly = true)
    public Optional<Team> byId(UUID teamId) {
        return teams.findById(teamId);
    }

    @Transactional(readOnly = true)
    public Optional<Team> bySlug(String slug) {
        return teams.findBySlug(slug);
    }

    /** The team, when this person is one of its members; otherwise it does not exist for them. */
    @Transactional(readOnly = true)
    public Team ofMember(UUID person, String slug) {
        return membership.team(person, slug);
    }

    @Transactional(readOnly = true)
    public List<Team> all() {
        return teams.findAll(Sort.by("name"));
    }

    /** The teams this person belongs to. */
    @Transactional(readOnly = true)
    public List<Team> of(UUID person) {
        return teams.findByMember(person);
    }

    /** Every pause and early resumption of a team, oldest first (none for an unknown team). */
    @Transactional(readOnly = true)
    public List<TeamPause> pausesOf(UUID teamId) {
        return teams.findById(teamId).map(Team::pauses).orElse(List.of());
    }

    /** The ids of a team's members (none for an unknown team). */
    @Transactional(readOnly = true)
    public java.util.Set<UUID> membersOf(UUID teamId) {
        return teams.findById(teamId).map(Team::members).orElse(java.util.Set.of());
    }

    /** The slugs of a team's boards, by name. */
    @Transactional(readOnly = true)
    public List<String> boardsOf(UUID teamId) {
        return boards.findByTeamIdOrderByName(teamId).stream().map(Board::slug).toList();
    }

    /** Whether the person belongs to any of these teams. */
    @Transactional(readOnly = true)
    public boolean isMemberOfAny(UUID person, Collection<UUID> teamIds) {
        return !teamIds.isEmpty() && teams.anyHasMember(teamIds, person);
    }
}
