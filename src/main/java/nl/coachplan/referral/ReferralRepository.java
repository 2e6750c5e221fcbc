package nl.coachplan.referral;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ReferralRepository extends JpaRepository<Referral, Long> {

  @Query("select r from Referral r join fetch r.activity a join fetch a.provider join fetch r.wijk order by r.referredAt desc, r.id desc")
  List<Referral> findAllNewestFirst();

  @Query("select r from Referral r join fetch r.activity a join fetch a.provider p join fetch r.wijk where p.slug in :providers "
      + "order by r.referredAt desc, r.id desc")
  List<Referral> findOfProviders(List<String> providers);
}
