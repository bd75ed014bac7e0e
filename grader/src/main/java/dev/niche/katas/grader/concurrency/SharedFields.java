package dev.niche.katas.grader.concurrency;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * A static check for unsafe publication: every read of a plain field (neither {@code final} nor
 * {@code volatile}) that happens outside any lock. Such a read has no happens-before edge with the write in
 * another thread, so the Java Memory Model lets it see a stale value, or a reference to an object whose own
 * fields it does not see yet. Double-checked locking without {@code volatile} is the classic case.
 *
 * <p>Neither Lincheck (it assumes sequential consistency) nor a stress run on x86 (its memory model is
 * stronger than Java's) can show this bug, so it is found in the bytecode. A read counts as guarded when its
 * method is {@code synchronized}, when every path to it holds a monitor ({@code synchronized} block), or when
 * it is in a private method that is only called from guarded places. Constructors and static initialisers
 * are skipped: the object or class is not shared while they run. Which lock is held is not checked, and
 * {@code java.util.concurrent} locks are not seen; a kata that uses this check asks for {@code volatile},
 * {@code final}, atomics or {@code synchronized}.
 *
 * <pre>{@code
 * SharedFields.assertNoUnguardedReads(Lazy.class);
 * }</pre>
 */
public final class SharedFields {
    private static final String WHY = "Without volatile, final or a lock there is no happens-before edge between"
            + " the thread that writes a field and a thread that reads it: the reader may see a stale value, or"
            + " a reference to an object before that object's own fields (a half-built object).";
    private static final String FIX = "Make each field volatile or final, or read it under the lock that guards"
            + " its writes.";

    private SharedFields() {
    }

    /**
     * Fails with a {@link ConcurrencyFailure} naming every unguarded read of a plain field in {@code types} and
     * their nested classes, with the method and line, why it is unsafe and how to fix it.
     */
    public static void assertNoUnguardedReads(Class<?>... types) {
        List<String> reads = new ArrayList<>();
        for (Class<?> type : types) {
            reads.addAll(unguardedReads(type));
        }
        if (!reads.isEmpty()) {
            throw new ConcurrencyFailure("Shared fields read with no happens-before edge to their writes:"
                    + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", reads)
                    + System.lineSeparator() + WHY + System.lineSeparator() + FIX);
        }
    }

    /**
     * The unguarded reads of plain fields in {@code type} and its nested classes, one line each
     * ({@code "Lazy.get (Lazy.java:31) reads field value: not volatile, not final, no lock held"}), in
     * bytecode order; empty when there are none.
     */
    public static List<String> unguardedReads(Class<?> type) {
        Objects.requireNonNull(type, "type");
        List<ClassNode> classes = new ArrayList<>();
        for (Class<?> member : type.getNestMembers()) {
            if (member == type || member.getName().startsWith(type.getName() + "$")) {
                classes.add(read(member));
            }
        }
        Map<String, ClassNode> byName = new HashMap<>();
        classes.forEach(c -> byName.put(c.name, c));
        List<String> reads = new ArrayList<>();
        for (ClassNode c : classes) {
            Set<String> guardedHelpers = guardedPrivateMethods(c);
            for (MethodNode m : c.methods) {
                if (m.name.startsWith("<") || m.instructions.size() == 0
                        || (m.access & Opcodes.ACC_SYNCHRONIZED) != 0 || guardedHelpers.contains(key(m))) {
                    continue;
                }
                int[] depth = monitorDepths(m);
                int line = -1;
                for (int i = 0; i < m.instructions.size(); i++) {
                    AbstractInsnNode insn = m.instructions.get(i);
                    if (insn instanceof LineNumberNode) {
                        line = ((LineNumberNode) insn).line;
                    }
                    if (depth[i] == 0 && isRead(insn)
                            && isPlain((FieldInsnNode) insn, byName, type.getClassLoader())) {
                        reads.add(simpleName(c.name) + "." + m.name + " (" + c.sourceFile + ":" + line
                                + ") reads field " + ((FieldInsnNode) insn).name
                                + ": not volatile, not final, no lock held");
                    }
                }
            }
        }
        return reads;
    }

    private static boolean isRead(AbstractInsnNode insn) {
        return insn.getOpcode() == Opcodes.GETFIELD || insn.getOpcode() == Opcodes.GETSTATIC;
    }

    /** True for a field that is neither final nor volatile; fields of the JDK and unknown fields are not judged. */
    private static boolean isPlain(FieldInsnNode read, Map<String, ClassNode> ours, ClassLoader loader) {
        ClassNode own = ours.get(read.owner);
        if (own != null) {
            for (var f : own.fields) {
                if (f.name.equals(read.name)) {
                    return (f.access & (Opcodes.ACC_FINAL | Opcodes.ACC_VOLATILE)) == 0;
                }
            }
        }
        String owner = read.owner.replace('/', '.');
        if (owner.startsWith("java.") || owner.startsWith("javax.") || owner.startsWith("jdk.")
                || owner.startsWith("sun.")) {
            return false;
        }
        try {
            for (Class<?> c = Class.forName(owner, false, loader); c != null; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    if (f.getName().equals(read.name)) {
                        return (f.getModifiers() & (Modifier.FINAL | Modifier.VOLATILE)) == 0;
                    }
                }
            }
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
        return false;
    }

    /**
     * For each instruction, the fewest monitors held on any path that reaches it ({@code Integer.MAX_VALUE}
     * when unreachable). A forward data flow over jumps, switches and exception handlers; a handler starts
     * with the fewest monitors held anywhere in the range it covers.
     */
    private static int[] monitorDepths(MethodNode m) {
        InsnList insns = m.instructions;
        int[] depth = new int[insns.size()];
        Arrays.fill(depth, Integer.MAX_VALUE);
        Deque<Integer> work = new ArrayDeque<>();
        depth[0] = 0;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            AbstractInsnNode insn = insns.get(i);
            int after = depth[i];
            if (insn.getOpcode() == Opcodes.MONITORENTER) {
                after++;
            } else if (insn.getOpcode() == Opcodes.MONITOREXIT) {
                after = Math.max(0, after - 1);
            }
            for (int next : successors(insns, insn)) {
                lower(depth, work, next, after);
            }
            for (TryCatchBlockNode handler : m.tryCatchBlocks) {
                if (insns.indexOf(handler.start) <= i && i < insns.indexOf(handler.end)) {
                    lower(depth, work, insns.indexOf(handler.handler), depth[i]);
                }
            }
        }
        return depth;
    }

    private static void lower(int[] depth, Deque<Integer> work, int at, int value) {
        if (value < depth[at]) {
            depth[at] = value;
            work.push(at);
        }
    }

    private static List<Integer> successors(InsnList insns, AbstractInsnNode insn) {
        List<Integer> next = new ArrayList<>();
        int op = insn.getOpcode();
        if (insn instanceof JumpInsnNode) {
            next.add(insns.indexOf(((JumpInsnNode) insn).label));
            if (op != Opcodes.GOTO) {
                next.add(insns.indexOf(insn) + 1);
            }
        } else if (insn instanceof TableSwitchInsnNode) {
            TableSwitchInsnNode s = (TableSwitchInsnNode) insn;
            next.add(insns.indexOf(s.dflt));
            s.labels.forEach(l -> next.add(insns.indexOf(l)));
        } else if (insn instanceof LookupSwitchInsnNode) {
            LookupSwitchInsnNode s = (LookupSwitchInsnNode) insn;
            next.add(insns.indexOf(s.dflt));
            s.labels.forEach(l -> next.add(insns.indexOf(l)));
        } else if (op != Opcodes.ATHROW && (op < Opcodes.IRETURN || op > Opcodes.RETURN)
                && insns.indexOf(insn) + 1 < insns.size()) {
            next.add(insns.indexOf(insn) + 1);
        }
        return next;
    }

    /**
     * The private methods of {@code c} that are called at least once and only from guarded places: inside a
     * monitor, in a synchronized method, in a constructor or static initialiser, or in another such method.
     */
    private static Set<String> guardedPrivateMethods(ClassNode c) {
        Set<String> privateMethods = new HashSet<>();
        for (MethodNode m : c.methods) {
            if ((m.access & Opcodes.ACC_PRIVATE) != 0) {
                privateMethods.add(key(m));
            }
        }
        Map<String, Set<String>> unguardedCallers = new HashMap<>();
        for (MethodNode m : c.methods) {
            if (m.instructions.size() == 0) {
                continue;
            }
            boolean guardedMethod = (m.access & Opcodes.ACC_SYNCHRONIZED) != 0 || m.name.startsWith("<");
            int[] depth = monitorDepths(m);
            for (int i = 0; i < m.instructions.size(); i++) {
                AbstractInsnNode insn = m.instructions.get(i);
                if (!(insn instanceof MethodInsnNode) || !((MethodInsnNode) insn).owner.equals(c.name)) {
                    continue;
                }
                String callee = ((MethodInsnNode) insn).name + ((MethodInsnNode) insn).desc;
                if (privateMethods.contains(callee) && depth[i] != Integer.MAX_VALUE) {
                    Set<String> callers = unguardedCallers.computeIfAbsent(callee, k -> new HashSet<>());
                    if (!guardedMethod && depth[i] == 0) {
                        callers.add(key(m));
                    }
                }
            }
        }
        Set<String> guarded = new HashSet<>(unguardedCallers.keySet());
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String callee : List.copyOf(guarded)) {
                if (!guarded.containsAll(unguardedCallers.get(callee))) {
                    guarded.remove(callee);
                    changed = true;
                }
            }
        }
        return guarded;
    }

    private static String key(MethodNode m) {
        return m.name + m.desc;
    }

    private static String simpleName(String internalName) {
        return internalName.substring(internalName.lastIndexOf('/') + 1).replace('$', '.');
    }

    private static ClassNode read(Class<?> type) {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no class file for " + type.getName());
            }
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
