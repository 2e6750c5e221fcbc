package nl.coachplan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
  @Query("select o from Organisation o where o.slug = :slug")
  Optional<Organisation> findBySlug(String slug);

  @Query("select o from Organisation o where o.slug in :slugs")
  List<Organisation> findBySlugIn(Collection<String> slugs);

  @Query("select o from Organisation o order by o.name")
  List<Organisation> findAllByOrderByNameAsc();
}
