package nl.coachplan.engineplugins;

import javax.xml.datatype.DatatypeFactory;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Names the JDK's own XML datatype factory, so that the engine's timers stop searching the class
 * path for one.
 *
 * <p>The engine parses every timer's duration ({@code P14D}) with a new
 * {@link DatatypeFactory#newInstance()}. Unless this property is set, that call scans every jar for
 * a {@code META-INF/services} entry, through Tomcat's class loader: about 7 % of the application's
 * processor time per plan submission (profiled on PostgreSQL at the default scale). No jar of ours
 * provides another factory, so the one named here is the one that scan found. A property set by the
 * operator is left alone.
 */
@Component
public class DurationParsing extends AbstractProcessEnginePlugin {

  static final String PROPERTY = DatatypeFactory.DATATYPEFACTORY_PROPERTY;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (System.getProperty(PROPERTY) == null) {
      System.setProperty(PROPERTY, DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
    }
  }
}
