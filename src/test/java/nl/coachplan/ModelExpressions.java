package nl.coachplan;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstParameters;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.springframework.context.ApplicationContext;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Resolves what the models' expressions name, as the engine will when a case reaches them: every
 * {@code ${...}} and {@code #{...}} in a BPMN or DMN file (attributes and bodies alike: candidate
 * groups, conditions, listeners, service tasks, timers, multi-instance collections, input/output
 * mappings), every {@code camunda:class}, and the variables a DMN's FEEL input expressions read.
 *
 * <p>As the engine resolves them: an identifier is a process variable before it is a Spring bean,
 * so a documented variable must not carry a bean's name; {@code execution} and {@code task} are the
 * engine's own. A method is found by name and number of arguments (JUEL's rule), a property by its
 * getter; overloads with the same number of arguments are refused, as the engine may call either.
 * Where a call's result type is known, the next call in the chain is checked on it too.
 */
final class ModelExpressions {

  /** The variables the engine itself puts in every expression's reach, and their types. */
  static final Map<String, Class<?>> BUILT_IN = Map.of(
      "execution", DelegateExecution.class,
      "task", DelegateTask.class,
      "authenticatedUserId", String.class);

  /** Camunda's functions ({@code DateTimeFunctions}, {@code CommandContextFunctions}) and Spin's. */
  static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups", "S", "XML", "JSON");

  private static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";
  private static final String CAMUNDA_DMN = "http://camunda.org/schema/1.0/dmn";
  private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);
  private static final Set<String> FEEL_WORDS = Set.of("and", "or", "not", "null", "true", "false", "in", "between",
      "if", "then", "else", "for", "return", "some", "every", "satisfies", "instance", "of", "function", "list");
  private static final Pattern FEEL_STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
  private static final Pattern FEEL_NAME = Pattern.compile("(?<![\\w.])([A-Za-z_]\\w*)(?!\\w)(\\s*\\()?");

  private final ApplicationContext beans;
  private final Predicate<String> documentedVariable;
  private final Set<String> formIds;
  private final Set<String> decisionIds;
  private final List<String> problems = new ArrayList<>();
  private final Map<String, Integer> checkedPerFile = new java.util.TreeMap<>();

  /**
   * @param documentedVariable whether a name is a process variable we know of (a form's field, one
   *     the models declare, one the steps write)
   */
  ModelExpressions(ApplicationContext beans, Predicate<String> documentedVariable, Set<String> formIds, Set<String> decisionIds) {
    this.beans = beans;
    this.documentedVariable = documentedVariable;
    this.formIds = formIds;
    this.decisionIds = decisionIds;
  }

  /** What did not resolve, one line each: file, element id, attribute or body, expression, why. */
  List<String> problems() {
    return problems;
  }

  /** How many expressions and references were checked in each file: a model with none was not read as one. */
  Map<String, Integer> checkedPerFile() {
    return checkedPerFile;
  }

  /** Checks one BPMN or DMN file. */
  void checkModel(String file, InputStream xml) {
    Document document;
    try {
      document = parse(xml);
    } catch (IOException | SAXException | ParserConfigurationException e) {
      problems.add(file + ": does not parse as XML: " + e.getMessage());
      return;
    }
    checkElement(file, document.getDocumentElement(), "-");
  }

  /** Checks one expression as if it stood in {@code file} at element {@code elementId}. */
  void checkExpression(String file, String elementId, String where, String expression) {
    Where at = new Where(file, elementId, where, expression);
    checkedPerFile.merge(file, 1, Integer::sum);
    Tree tree;
    try {
      tree = JUEL.build(expression);
    } catch (TreeBuilderException e) {
      problem(at, "does not parse: " + e.getMessage());
      return;
    }
    resolve(tree.getRoot(), at);
  }

  /** Declared by the model itself: multi-instance element variables, result variables, initiators, mappings. */
  static List<String> declaredVariables(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    List<String> declared = new ArrayList<>();
    collectDeclared(parse(xml).getDocumentElement(), declared);
    return declared;
  }

  /** The ids of the decisions a DMN file holds. */
  static List<String> decisionIds(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    List<String> ids = new ArrayList<>();
    NodeList decisions = parse(xml).getElementsByTagNameNS("*", "decision");
    for (int i = 0; i < decisions.getLength(); i++) {
      ids.add(((Element) decisions.item(i)).getAttribute("id"));
    }
    return ids;
  }

  private static void collectDeclared(Element element, List<String> declared) {
    for (String attribute : List.of("elementVariable", "resultVariable", "initiator")) {
      String name = element.getAttributeNS(CAMUNDA, attribute);
      if (!name.isBlank()) {
        declared.add(name.trim());
      }
    }
    if (CAMUNDA.equals(element.getNamespaceURI())
        && (element.getLocalName().equals("inputParameter") || element.getLocalName().equals("outputParameter"))) {
      declared.add(element.getAttribute("name"));
    }
    for (Element child : children(element)) {
      collectDeclared(child, declared);
    }
  }

  private void checkElement(String file, Element element, String enclosingId) {
    String id = element.hasAttribute("id") ? element.getAttribute("id") : enclosingId;
    if (element.getLocalName().equals("documentation")) {
      return;
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if ("http://www.w3.org/2000/xmlns/".equals(attribute.getNamespaceURI())) {
        continue;
      }
      String value = attribute.getValue();
      // A listener or mapping has no id of its own: name it by its tag within the element.
      String where = element.hasAttribute("id") ? attribute.getName() : "<" + element.getTagName() + "> " + attribute.getName();
      boolean camunda = CAMUNDA.equals(attribute.getNamespaceURI()) || CAMUNDA_DMN.equals(attribute.getNamespaceURI());
      if (camunda && attribute.getLocalName().equals("class")) {
        checkedPerFile.merge(file, 1, Integer::sum);
        checkClass(new Where(file, id, where, value));
      } else if (camunda && attribute.getLocalName().equals("formRef") && !value.contains("{")) {
        if (!formIds.contains(value)) {
          problem(new Where(file, id, where, value), "no form under processes/ has this id");
        }
      } else if (camunda && attribute.getLocalName().equals("decisionRef") && !value.contains("{")) {
        if (!decisionIds.contains(value)) {
          problem(new Where(file, id, where, value), "no decision under processes/ has this id");
        }
      } else if (isExpression(value)) {
        checkExpression(file, id, where, value);
      }
    }
    if (isScriptOtherThanJuel(element)) {
      return;
    }
    String body = ownText(element);
    if (isExpression(body)) {
      checkExpression(file, id, "<" + element.getTagName() + ">", body.trim());
    } else if (element.getLocalName().equals("text") && element.getParentNode() instanceof Element parent
        && parent.getLocalName().equals("inputExpression") && !body.isBlank()) {
      checkFeelInput(new Where(file, id, "<" + parent.getTagName() + ">", body.trim()));
    }
    for (Element child : children(element)) {
      checkElement(file, child, id);
    }
  }

  /** A DMN input expression (FEEL): the variables it reads must be ones the processes carry. */
  private void checkFeelInput(Where at) {
    checkedPerFile.merge(at.file(), 1, Integer::sum);
    Matcher name = FEEL_NAME.matcher(FEEL_STRING.matcher(at.expression()).replaceAll("\"\""));
    while (name.find()) {
      String identifier = name.group(1);
      boolean function = name.group(2) != null;
      if (!function && !FEEL_WORDS.contains(identifier) && !documentedVariable.test(identifier)) {
        problem(at, "'" + identifier + "' is no process variable we know of (no form field, no variable a model declares "
            + "or a step writes)");
      }
    }
  }

  /** The static type of a node where it is known (a bean, a built-in, a method's declared result), else null. */
  private Class<?> resolve(Node node, Where at) {
    if (node instanceof AstIdentifier identifier) {
      return identifier(identifier.getName(), at);
    }
    if (node instanceof AstMethod method) {
      Node property = method.getChild(0);
      AstParameters parameters = (AstParameters) method.getChild(1);
      Class<?> owner = resolve(property.getChild(0), at);
      for (int i = 0; i < parameters.getCardinality(); i++) {
        resolve(parameters.getChild(i), at);
      }
      if (property instanceof AstBracket bracket) {
        resolve(bracket.getChild(1), at);
        return null;
      }
      return owner == null ? null : method(owner, memberName(property), parameters.getCardinality(), at);
    }
    if (node instanceof AstDot dot) {
      Class<?> owner = resolve(dot.getChild(0), at);
      return owner == null ? null : property(owner, memberName(dot), at);
    }
    if (node instanceof AstFunction function) {
      if (!FUNCTIONS.contains(function.getName())) {
        problem(at, "function " + function.getName() + "() is not one the engine provides " + FUNCTIONS);
      }
    }
    for (int i = 0; i < node.getCardinality(); i++) {
      resolve(node.getChild(i), at);
    }
    return null;
  }

  private Class<?> identifier(String name, Where at) {
    if (BUILT_IN.containsKey(name)) {
      return BUILT_IN.get(name);
    }
    boolean bean = beans.containsBean(name);
    if (documentedVariable.test(name)) {
      if (bean) {
        problem(at, "'" + name + "' is both a process variable and a bean; the engine resolves the variable first");
      }
      return null;
    }
    if (!bean) {
      problem(at, "'" + name + "' is neither a bean of the application context, nor a process variable we know of "
          + "(no form field, no variable a model declares or a step writes), nor one of the engine's " + BUILT_IN.keySet());
      return null;
    }
    Class<?> type = beans.getType(name);
    return type == null ? Object.class : type;
  }

  private Class<?> method(Class<?> owner, String name, int arguments, Where at) {
    List<Method> candidates = Arrays.stream(owner.getMethods())
        .filter(m -> m.getName().equals(name) && Modifier.isPublic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == arguments || (m.isVarArgs() && arguments >= m.getParameterCount() - 1))
        .toList();
    if (candidates.isEmpty()) {
      String others = Arrays.stream(owner.getMethods()).filter(m -> m.getName().equals(name))
          .map(m -> String.valueOf(m.getParameterCount())).distinct().sorted().reduce((a, b) -> a + ", " + b)
          .map(counts -> " (it has one with " + counts + ")").orElse("");
      problem(at, simpleName(owner) + " has no public method " + name + " with " + arguments + " argument"
          + (arguments == 1 ? "" : "s") + others);
      return null;
    }
    List<List<Class<?>>> signatures = candidates.stream().filter(m -> !m.isBridge() && m.getParameterCount() == arguments)
        .map(m -> Arrays.<Class<?>>asList(m.getParameterTypes())).distinct().toList();
    if (signatures.size() > 1) {
      // JUEL picks a method by name and number of arguments only: whichever of these it meets first.
      problem(at, simpleName(owner) + " has " + signatures.size() + " public methods " + name + " with " + arguments
          + " argument" + (arguments == 1 ? "" : "s") + "; the engine may call either");
      return null;
    }
    Set<Class<?>> results = candidates.stream().map(Method::getReturnType).collect(java.util.stream.Collectors.toSet());
    return results.size() == 1 ? checkable(results.iterator().next()) : null;
  }

  private Class<?> property(Class<?> owner, String name, Where at) {
    if (Map.class.isAssignableFrom(owner)) {
      return null;
    }
    // By its getter, also where an interface inherits it (the Introspector skips super-interfaces).
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    for (Method method : owner.getMethods()) {
      boolean getter = method.getName().equals("get" + capitalised)
          || (method.getName().equals("is" + capitalised) && method.getReturnType() == boolean.class);
      if (getter && method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())) {
        return checkable(method.getReturnType());
      }
    }
    problem(at, simpleName(owner) + " has no property " + name + " (no public getter)");
    return null;
  }

  /** A result type whose members the chain can be checked against; not for values whose runtime class may hold more. */
  private static Class<?> checkable(Class<?> type) {
    return type == null || type == Object.class || type.isPrimitive() || type == void.class ? null : type;
  }

  private void checkClass(Where at) {
    try {
      Class<?> type = Class.forName(at.expression().trim());
      if (Modifier.isAbstract(type.getModifiers()) || Arrays.stream(type.getConstructors()).noneMatch(c -> c.getParameterCount() == 0)) {
        problem(at, "the engine cannot instantiate it (abstract, or no public constructor without arguments)");
      }
    } catch (ClassNotFoundException e) {
      problem(at, "no such class");
    }
  }

  private static String memberName(Node property) {
    // AstDot prints as ". name"; its name field is not public.
    return property.toString().substring(2);
  }

  private static String simpleName(Class<?> type) {
    String name = type.getName();
    int proxy = name.indexOf("$$");
    return (proxy < 0 ? name : name.substring(0, proxy)).replaceFirst("^.*\\.", "");
  }

  private static boolean isExpression(String text) {
    return text != null && (text.contains("${") || text.contains("#{"));
  }

  private static boolean isScriptOtherThanJuel(Element element) {
    if (!element.getLocalName().equals("script")) {
      return false;
    }
    Element owner = element.getParentNode() instanceof Element parent ? parent : element;
    String format = element.hasAttribute("scriptFormat") ? element.getAttribute("scriptFormat") : owner.getAttribute("scriptFormat");
    return !"juel".equalsIgnoreCase(format);
  }

  private static String ownText(Element element) {
    StringBuilder text = new StringBuilder();
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE || child.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) {
        text.append(child.getNodeValue());
      }
    }
    return text.toString();
  }

  private static List<Element> children(Element element) {
    List<Element> children = new ArrayList<>();
    for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element e) {
        children.add(e);
      }
    }
    return children;
  }

  private static Document parse(InputStream xml) throws IOException, SAXException, ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(xml);
  }

  /** Where an expression stands, for a message that leads straight to it. */
  private record Where(String file, String elementId, String where, String expression) {}

  private void problem(Where at, String why) {
    problems.add(at.file() + ", element " + at.elementId() + ", " + at.where() + ": " + at.expression() + ": " + why);
  }
}
