package dev.niche.katas.grader.design;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.HasSourceCodeLocation;
import dev.niche.katas.grader.NotStarted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The SOLID rules of stage 3, reusable by every design kata. Each rule names its principle, the smell it
 * finds and the refactoring that removes it; {@link KataDesign#satisfies} turns violations into one failure
 * whose first line names the principle, the smell and the offending class.
 *
 * <p>"Own" classes are the classes imported for the kata (its package and subpackages, main code only).
 */
public final class DesignRules {
    private DesignRules() {
    }

    /** Starts the design checks of the kata whose main code lives in {@code kataPackage}. */
    public static KataDesign design(String kataPackage) {
        return new KataDesign(kataPackage);
    }

    /**
     * Runs an extension test: test code that adds a new subtype through an extension point and uses it. If the
     * learner's code refuses the newcomer with an exception (a type switch's "unknown type" branch, a cast), the
     * failure says so under the open/closed principle instead of showing a crash. A stub's TODO still counts as
     * not started, and assertion failures pass through unchanged.
     *
     * @param extension what the test adds, e.g. "a loyalty rule written by the test"
     * @return what {@code use} returns, for the test to assert on
     */
    public static <T> T extension(String extension, Callable<T> use) {
        return extension(Principle.OPEN_CLOSED, extension, use);
    }

    /**
     * As {@link #extension(String, Callable)}, for an extension point that serves another
     * principle: a refused repository passed in from outside is a dependency-inversion failure, for example.
     */
    public static <T> T extension(Principle principle, String extension, Callable<T> use) {
        try {
            return use.call();
        } catch (AssertionError e) {
            throw e;
        } catch (Exception e) {
            if (NotStarted.isNotStarted(e)) {
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
            String advice = principle == Principle.OPEN_CLOSED
                    ? "Code that lists the subtypes it knows must be edited for every new one; call the extension"
                            + " point's methods instead."
                    : "Take the collaborator from the caller instead of choosing or building it inside.";
            KataDesign.DesignViolation refused = new KataDesign.DesignViolation(principle.title()
                    + ": the code refuses " + extension + " (" + e + "). " + advice);
            refused.initCause(e);
            throw refused;
        }
    }

    // ---- OCP ----------------------------------------------------------------------------------------------

    /**
     * Open/closed: no code asks an object of the kata's own types what it is. Flags {@code instanceof} on an own
     * type (except inside {@code equals(Object)}), a {@code switch} over an own enum used as a type tag (seen as
     * a call to its {@code ordinal()}), and class literals of own non-enum types used outside their class
     * (a {@code Map<Class<?>, ...>} registry or {@code getClass() == Car.class}).
     */
    public static DesignRule noTypeChecks() {
        return typeChecksOn(own -> true);
    }

    /** As {@link #noTypeChecks()}, limited to the types assignable to one of {@code hierarchies}. */
    public static DesignRule noTypeChecksOn(Class<?>... hierarchies) {
        List<Class<?>> roots = List.of(hierarchies);
        return typeChecksOn(type -> roots.stream().anyMatch(type::isAssignableTo));
    }

    private static DesignRule typeChecksOn(Predicate<JavaClass> inHierarchy) {
        return new DesignRule(Principle.OPEN_CLOSED,
                "type check on a hierarchy (instanceof, a switch over a type tag, or a class literal)",
                "give the hierarchy a method that each subtype overrides and call it, so a new subtype needs"
                        + " no edit here",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        if (isSwitchMap(owner)) {
                            continue;
                        }
                        for (JavaCodeUnit unit : owner.getCodeUnits()) {
                            if (isEqualsMethod(unit)) {
                                continue;
                            }
                            unit.getInstanceofChecks().stream()
                                    .filter(check -> isOwn(classes, check.getRawType())
                                            && inHierarchy.test(check.getRawType()))
                                    .forEach(check -> found.add(violation(owner, unit,
                                            "checks instanceof " + simpleName(check.getRawType()), check)));
                            unit.getMethodCallsFromSelf().stream()
                                    .filter(call -> call.getName().equals("ordinal")
                                            && call.getTargetOwner().isEnum()
                                            && isOwn(classes, call.getTargetOwner())
                                            && !call.getTargetOwner().equals(owner)
                                            && inHierarchy.test(call.getTargetOwner()))
                                    .forEach(call -> found.add(violation(owner, unit,
                                            "switches over " + simpleName(call.getTargetOwner()), call)));
                        }
                        owner.getReferencedClassObjects().stream()
                                .filter(literal -> isOwn(classes, literal.getRawType())
                                        && !literal.getRawType().isEnum()
                                        && !nested(literal.getRawType(), owner)
                                        && inHierarchy.test(literal.getRawType()))
                                .forEach(literal -> found.add(violation(owner, null,
                                        "uses the class literal " + simpleName(literal.getRawType()) + ".class",
                                        literal)));
                    }
                    return found;
                });
    }

    // ---- DIP ----------------------------------------------------------------------------------------------

    /**
     * Dependency inversion: nothing in {@code fromPackage} (or below) depends on anything in {@code toPackage}
     * (or below). Typical use: the service layer must not know the infrastructure that implements its ports.
     */
    public static DesignRule noDependency(String fromPackage, String toPackage) {
        return new DesignRule(Principle.DEPENDENCY_INVERSION,
                "policy depends on a detail (" + lastSegment(fromPackage) + " uses " + lastSegment(toPackage) + ")",
                "declare the interface " + lastSegment(fromPackage) + " needs in " + lastSegment(fromPackage)
                        + ", implement it in " + lastSegment(toPackage) + ", and pass the implementation in",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        if (!inPackage(owner, fromPackage)) {
                            continue;
                        }
                        for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                            JavaClass target = baseType(dependency.getTargetClass());
                            if (inPackage(target, toPackage)) {
                                found.add(violation(owner, null, "depends on " + simpleName(target), dependency));
                            }
                        }
                    }
                    return found;
                });
    }

    /**
     * Dependency inversion at an extension point: only the implementations of {@code extensionPoint} (and the
     * classes listed as {@code compositionRoots}, which wire them) may name a concrete implementation. Everyone
     * else talks to the interface, so a new implementation can be passed in without an edit.
     */
    public static DesignRule onlyThroughInterface(Class<?> extensionPoint, Class<?>... compositionRoots) {
        Set<String> roots = new LinkedHashSet<>();
        Arrays.stream(compositionRoots).map(Class::getName).forEach(roots::add);
        String name = extensionPoint.getSimpleName();
        return new DesignRule(Principle.DEPENDENCY_INVERSION,
                "core code names a concrete " + name,
                "depend on " + name + " only and take the implementation from the caller (constructor or"
                        + " facade argument)",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        if (owner.isAssignableTo(extensionPoint) || enclosingNames(owner).anyMatch(roots::contains)) {
                            continue;
                        }
                        for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                            JavaClass target = baseType(dependency.getTargetClass());
                            if (!target.isInterface() && target.isAssignableTo(extensionPoint)
                                    && !target.getName().equals(extensionPoint.getName())
                                    && !nested(target, owner)) {
                                found.add(violation(owner, null, "depends on " + simpleName(target), dependency));
                            }
                        }
                    }
                    return found;
                });
    }

    // ---- ISP / LSP ----------------------------------------------------------------------------------------

    /** Interface segregation: no own interface declares more than {@code maxMethods} abstract methods. */
    public static DesignRule interfacesAtMost(int maxMethods) {
        if (maxMethods < 1) {
            throw new IllegalArgumentException("maxMethods must be at least 1, was " + maxMethods);
        }
        return new DesignRule(Principle.INTERFACE_SEGREGATION,
                "fat interface (more than " + maxMethods + " methods)",
                "split it into role interfaces, each holding what one kind of client needs",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass type : classes) {
                        if (!type.isInterface() || type.isAnnotation()) {
                            continue;
                        }
                        long methods = type.getMethods().stream()
                                .filter(m -> m.getModifiers().contains(JavaModifier.ABSTRACT)).count();
                        if (methods > maxMethods) {
                            found.add(new Violation(simpleName(type), "declares " + methods + " methods",
                                    location(type)));
                        }
                    }
                    return found;
                });
    }

    /**
     * Interface segregation and Liskov substitution: no own class throws {@code UnsupportedOperationException}.
     * A class that refuses part of its interface cannot stand in for it.
     */
    public static DesignRule noUnsupportedOperations() {
        return new DesignRule(Principle.INTERFACE_SEGREGATION,
                "an implementation refuses part of its interface (throws UnsupportedOperationException), so it"
                        + " cannot stand in for it (LSP)",
                "split the interface so each class implements only what it can do",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        for (JavaCodeUnit unit : owner.getCodeUnits()) {
                            unit.getConstructorCallsFromSelf().stream()
                                    .filter(call -> call.getTargetOwner()
                                            .isEquivalentTo(UnsupportedOperationException.class))
                                    .forEach(call -> found.add(violation(owner, unit,
                                            "throws UnsupportedOperationException", call)));
                        }
                    }
                    return found;
                });
    }

    // ---- global state ---------------------------------------------------------------------------------------

    /**
     * No static mutable state: no static field that is not final, no static final array, atomic or
     * collection filled in a static initializer, and no static final instance of an own class that has
     * non-final fields (an eager singleton holding state). Enum constants and compiler-made fields are
     * allowed.
     */
    public static DesignRule noStaticMutableState() {
        return new DesignRule(Principle.EXPLICIT_DEPENDENCIES,
                "static mutable state (a global or a singleton that holds state)",
                "make it an instance field of an object that is created once and passed to whoever needs it",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        for (JavaField field : owner.getFields()) {
                            String why = staticMutability(classes, owner, field);
                            if (why != null) {
                                found.add(violation(owner, null, "field " + field.getName() + " " + why, field));
                            }
                        }
                    }
                    return found;
                });
    }

    private static String staticMutability(JavaClasses classes, JavaClass owner, JavaField field) {
        Set<JavaModifier> modifiers = field.getModifiers();
        if (!modifiers.contains(JavaModifier.STATIC) || modifiers.contains(JavaModifier.SYNTHETIC)
                || field.getName().startsWith("$") || field.getName().equals("serialVersionUID")
                || field.getRawType().equals(owner) && owner.isEnum()) {
            return null;
        }
        JavaClass type = field.getRawType();
        if (!modifiers.contains(JavaModifier.FINAL)) {
            return "is static and not final";
        }
        if (type.isArray()) {
            return "is a static array (its elements can change)";
        }
        if (type.getPackageName().equals("java.util.concurrent.atomic")) {
            return "is a static " + type.getSimpleName();
        }
        if ((type.isAssignableTo(Collection.class) || type.isAssignableTo(Map.class))
                && staticInitializerBuildsMutableCollection(owner)) {
            return "is a static collection that can change";
        }
        if (isOwn(classes, type) && !type.isEnum() && hasNonFinalInstanceField(type)) {
            return "holds a " + simpleName(type) + ", whose fields can change, for the whole program";
        }
        return null;
    }

    private static boolean staticInitializerBuildsMutableCollection(JavaClass owner) {
        return owner.getStaticInitializer().map(init -> init.getConstructorCallsFromSelf().stream()
                .map(call -> call.getTargetOwner())
                .anyMatch(made -> made.getPackageName().startsWith("java.util")
                        && (made.isAssignableTo(Collection.class) || made.isAssignableTo(Map.class))))
                .orElse(false);
    }

    private static boolean hasNonFinalInstanceField(JavaClass type) {
        return type.getAllFields().stream().anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC)
                && !f.getModifiers().contains(JavaModifier.FINAL));
    }

    // ---- package structure ----------------------------------------------------------------------------------

    /** Acyclic dependencies: the packages of the kata do not depend on each other in a cycle. */
    public static DesignRule noPackageCycles() {
        return new DesignRule(Principle.ACYCLIC_DEPENDENCIES,
                "packages that depend on each other in a cycle",
                "move the shared type to the package both sides may depend on, or invert one dependency with"
                        + " an interface",
                DesignRules::packageCycle);
    }

    private static List<Violation> packageCycle(JavaClasses classes) {
        Map<String, Map<String, Dependency>> edges = new TreeMap<>();
        for (JavaClass owner : classes) {
            for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                JavaClass target = baseType(dependency.getTargetClass());
                if (isOwn(classes, target) && !target.getPackageName().equals(owner.getPackageName())) {
                    edges.computeIfAbsent(owner.getPackageName(), p -> new TreeMap<>())
                            .putIfAbsent(target.getPackageName(), dependency);
                }
            }
        }
        for (String start : edges.keySet()) {
            List<String> cycle = cycleFrom(start, edges, new ArrayList<>(), new TreeSet<>());
            if (cycle != null) {
                List<Violation> found = new ArrayList<>();
                for (int i = 0; i + 1 < cycle.size(); i++) {
                    Dependency d = edges.get(cycle.get(i)).get(cycle.get(i + 1));
                    found.add(violation(d.getOriginClass(), null,
                            "(package " + lastSegment(cycle.get(i)) + ") depends on "
                                    + simpleName(baseType(d.getTargetClass())) + " (package "
                                    + lastSegment(cycle.get(i + 1)) + "), closing the cycle "
                                    + String.join(" -> ", cycle.stream().map(DesignRules::lastSegment).toList()),
                            d));
                }
                return found;
            }
        }
        return List.of();
    }

    private static List<String> cycleFrom(String node, Map<String, Map<String, Dependency>> edges,
            List<String> path, Set<String> done) {
        int at = path.indexOf(node);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
            cycle.add(node);
            return cycle;
        }
        if (done.contains(node)) {
            return null;
        }
        path.add(node);
        for (String next : edges.getOrDefault(node, Map.of()).keySet()) {
            List<String> cycle = cycleFrom(next, edges, path, done);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        done.add(node);
        return null;
    }

    /**
     * Single responsibility: each own class touches at most one of the named concerns. A concern is a name and
     * the package prefixes that belong to it, e.g. {@code "storage" -> "java.sql", "java.nio.file"} or a
     * subpackage of the kata.
     */
    public static DesignRule oneConcernPerClass(Map<String, List<String>> concerns) {
        Map<String, List<String>> byName = new LinkedHashMap<>(concerns);
        return new DesignRule(Principle.SINGLE_RESPONSIBILITY,
                "a class with more than one reason to change (it touches " + String.join(", ", byName.keySet())
                        + ")",
                "give each concern its own class, and let one small class coordinate them",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass owner : classes) {
                        Set<String> touched = new TreeSet<>();
                        for (Dependency dependency : owner.getDirectDependenciesFromSelf()) {
                            String target = baseType(dependency.getTargetClass()).getPackageName();
                            byName.forEach((concern, prefixes) -> {
                                if (prefixes.stream().anyMatch(p -> target.equals(p) || target.startsWith(p + "."))) {
                                    touched.add(concern);
                                }
                            });
                        }
                        byName.forEach((concern, prefixes) -> {
                            if (prefixes.stream().anyMatch(p -> owner.getPackageName().equals(p)
                                    || owner.getPackageName().startsWith(p + "."))) {
                                touched.add(concern);
                            }
                        });
                        if (touched.size() > 1) {
                            found.add(new Violation(simpleName(owner), "touches " + String.join(" and ", touched),
                                    location(owner)));
                        }
                    }
                    return found;
                });
    }

    // ---- pattern and simplicity rules ------------------------------------------------------------------------

    /**
     * A pattern's own rule: at least {@code count} concrete own classes implement {@code extensionPoint} (enum
     * constants with bodies and anonymous classes count). The state pattern, for example, needs one class per
     * state; a machine that keeps its states in a switch has none. The offender named is each own class of
     * {@code context}, the type that should delegate.
     */
    public static DesignRule implementationsAtLeast(Class<?> extensionPoint, int count, Class<?> context,
            Principle principle, String fix) {
        String name = extensionPoint.getSimpleName();
        return new DesignRule(principle, "fewer than " + count + " classes implement " + name, fix, classes -> {
            List<String> implementations = classes.stream()
                    .filter(c -> !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)
                            && c.isAssignableTo(extensionPoint))
                    .map(DesignRules::simpleName).sorted().toList();
            if (implementations.size() >= count) {
                return List.of();
            }
            return classes.stream().filter(c -> !c.isInterface() && c.isAssignableTo(context))
                    .map(c -> new Violation(simpleName(c), "keeps its cases itself: " + implementations.size()
                            + " classes implement " + name + " " + implementations, location(c)))
                    .toList();
        });
    }

    /**
     * Simplicity: no own interface with exactly one implementation, and no own factory with one product (a
     * class without instance fields whose methods all return the same other own type). Both are a constructor
     * call dressed as a pattern. Types listed in {@code given} (the kata's facade) are not judged.
     */
    public static DesignRule noSpeculativeAbstractions(Class<?>... given) {
        Set<String> exempt = new LinkedHashSet<>();
        Arrays.stream(given).map(Class::getName).forEach(exempt::add);
        return new DesignRule(Principle.SIMPLICITY, "an abstraction with one case (a one-implementation interface"
                + " or a one-product factory)",
                "fold it into the class that does the work; add the abstraction back when a second case arrives",
                classes -> {
                    List<Violation> found = new ArrayList<>();
                    for (JavaClass type : classes) {
                        if (exempt.contains(type.getName())) {
                            continue;
                        }
                        List<JavaClass> implementations = classes.stream().filter(c -> !c.isInterface()
                                && !c.equals(type) && c.isAssignableTo(type.getName())).toList();
                        if (type.isInterface() && implementations.size() == 1) {
                            found.add(new Violation(simpleName(type), "is an interface with one implementation, "
                                    + simpleName(implementations.get(0)), location(type)));
                        }
                        JavaClass product = onlyProduct(type, classes);
                        if (product != null) {
                            found.add(new Violation(simpleName(type), "is a factory whose one product is "
                                    + simpleName(product), location(type)));
                        }
                    }
                    return found;
                });
    }

    private static JavaClass onlyProduct(JavaClass type, JavaClasses classes) {
        if (type.isInterface() || type.isEnum() || type.isRecord() || type.getMethods().isEmpty()
                || type.getFields().stream().anyMatch(f -> !f.getModifiers().contains(JavaModifier.STATIC))) {
            return null;
        }
        List<JavaClass> returned = type.getMethods().stream().map(JavaMethod::getRawReturnType).distinct().toList();
        JavaClass product = returned.size() == 1 ? returned.get(0) : null;
        return product != null && isOwn(classes, product) && !product.equals(type) ? product : null;
    }

    /** Simplicity: the kata's package holds at most {@code max} top-level types (package-info not counted). */
    public static DesignRule atMostTypes(int max) {
        return new DesignRule(Principle.SIMPLICITY, "more types than the behaviour needs (at most " + max + ")",
                "merge the types that exist only to pass a call on", classes -> {
                    List<JavaClass> types = classes.stream().filter(t -> t.isTopLevelClass()
                            && !t.getSimpleName().equals("package-info")).toList();
                    return types.size() <= max ? List.of() : types.stream()
                            .map(t -> new Violation(simpleName(t), "is one of " + types.size() + " top-level types",
                                    location(t)))
                            .toList();
                });
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    /**
     * The class javac adds for a switch over an enum ({@code Outer$1} holding {@code $SwitchMap$...}). Its
     * initialiser reads every constant's ordinal; the switch itself is reported where it is written.
     */
    private static boolean isSwitchMap(JavaClass type) {
        return type.getFields().stream().anyMatch(f -> f.getName().startsWith("$SwitchMap$"));
    }

    private static boolean isEqualsMethod(JavaCodeUnit unit) {
        return unit instanceof JavaMethod && unit.getName().equals("equals")
                && unit.getRawParameterTypes().size() == 1
                && unit.getRawParameterTypes().get(0).isEquivalentTo(Object.class);
    }

    static boolean isOwn(JavaClasses classes, JavaClass type) {
        return classes.contain(type.getName());
    }

    private static JavaClass baseType(JavaClass type) {
        return type.isArray() ? type.getBaseComponentType() : type;
    }

    /** The class and every class around it, innermost first. */
    private static Stream<String> enclosingNames(JavaClass type) {
        return Stream.iterate(type, Objects::nonNull, c -> c.getEnclosingClass().orElse(null))
                .map(JavaClass::getName);
    }

    /** One of the two is, or encloses, the other: a class naming itself or its own nested class. */
    private static boolean nested(JavaClass a, JavaClass b) {
        return encloses(a, b) || encloses(b, a);
    }

    private static boolean encloses(JavaClass outer, JavaClass inner) {
        for (JavaClass c = inner; c != null; c = c.getEnclosingClass().orElse(null)) {
            if (c.getName().equals(outer.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean inPackage(JavaClass type, String pkg) {
        return type.getPackageName().equals(pkg) || type.getPackageName().startsWith(pkg + ".");
    }

    private static String lastSegment(String pkg) {
        return pkg.substring(pkg.lastIndexOf('.') + 1);
    }

    /** The name a learner recognises: nested classes as Outer.Inner, anonymous ones as Outer$1. */
    static String simpleName(JavaClass type) {
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
    }

    private static Violation violation(JavaClass owner, JavaCodeUnit unit, String detail, Object where) {
        String offender = simpleName(owner) + (unit == null || unit.getName().equals("<clinit>") ? ""
                : "." + (unit.getName().equals("<init>") ? "<constructor>" : unit.getName()));
        String location = where instanceof HasSourceCodeLocation located ? where(located) : location(owner);
        return new Violation(offender, detail, location);
    }

    private static String location(JavaClass type) {
        return where(type);
    }

    private static String where(HasSourceCodeLocation located) {
        var location = located.getSourceCodeLocation();
        String file = location.getSourceFileName();
        return file == null ? "" : location.getLineNumber() > 0 ? file + ":" + location.getLineNumber() : file;
    }
}
