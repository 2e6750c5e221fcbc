package nl.coachplan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {
  Optional<Organisation> findBySlug(String slug);

  List<Organisation> findBySlugIn(Collection<String> slugs);

  List<Organisation> findAllByOrderByNameAsc();
}
