package nl.coachplan.organisation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MunicipalityRepository extends JpaRepository<Municipality, Long> {
  @Query("select m from Municipality m where m.code = :code")
  Optional<Municipality> findByCode(String code);
}
