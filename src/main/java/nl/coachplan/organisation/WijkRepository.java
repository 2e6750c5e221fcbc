package nl.coachplan.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface WijkRepository extends JpaRepository<Wijk, Long> {
  @Query("select w from Wijk w where w.code = :code")
  Optional<Wijk> findByCode(String code);

  @Query("select w from Wijk w where w.code in :codes order by w.code")
  List<Wijk> findByCodeIn(Collection<String> codes);

  @Query("select w from Wijk w order by w.code")
  List<Wijk> findAllByCode();
}
