package org.misibench.render.vulkan;

import static org.lwjgl.system.MemoryStack.stackPush;
import static org.lwjgl.vulkan.VK10.*;

import java.nio.LongBuffer;
import org.lwjgl.system.MemoryStack;
import org.lwjgl.vulkan.VkCommandBuffer;
import org.lwjgl.vulkan.VkGraphicsPipelineCreateInfo;
import org.lwjgl.vulkan.VkPipelineColorBlendAttachmentState;
import org.lwjgl.vulkan.VkPipelineColorBlendStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineDepthStencilStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineInputAssemblyStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineLayoutCreateInfo;
import org.lwjgl.vulkan.VkPipelineMultisampleStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineRasterizationStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineShaderStageCreateInfo;
import org.lwjgl.vulkan.VkPipelineVertexInputStateCreateInfo;
import org.lwjgl.vulkan.VkPipelineViewportStateCreateInfo;
import org.lwjgl.vulkan.VkPushConstantRange;
import org.lwjgl.vulkan.VkRect2D;
import org.lwjgl.vulkan.VkVertexInputAttributeDescription;
import org.lwjgl.vulkan.VkVertexInputBindingDescription;
import org.lwjgl.vulkan.VkViewport;

/**
 * Owns a pipeline that draws ray-cast impostors: six vertices per instance (a quad made in the
 * vertex shader), per-instance attributes, exact depth written by the fragment shader, and
 * multisampled edges through alpha-to-coverage (MSAA alone does not smooth the edges of
 * discarded fragments). {@link #spheres} and {@link #cylinders} are the two kinds.
 */
final class ImpostorPipeline implements AutoCloseable {

    /** The push-constant block of frame.glsl. */
    static final int PUSH_CONSTANT_BYTES = 112;

    /** Bytes per sphere instance: vec4 centre + radius (float), RGBA8 colour. */
    static final int SPHERE_STRIDE = 20;
    /** Bytes per cylinder instance: vec4 first end + radius, vec4 second end, two RGBA8 colours. */
    static final int CYLINDER_STRIDE = 40;

    /** One per-instance vertex attribute. */
    private record Attribute(int location, int format, int offset) {
    }

    private final VulkanDevice device;
    private final long layout;
    private final long pipeline;

    static ImpostorPipeline spheres(VulkanDevice device, SceneTarget target) {
        return new ImpostorPipeline(device, target, "sphere", SPHERE_STRIDE, java.util.List.of(
                new Attribute(0, VK_FORMAT_R32G32B32A32_SFLOAT, 0), new Attribute(1, VK_FORMAT_R8G8B8A8_UNORM, 16)));
    }

    static ImpostorPipeline cylinders(VulkanDevice device, SceneTarget target) {
        return new ImpostorPipeline(device, target, "cylinder", CYLINDER_STRIDE, java.util.List.of(
                new Attribute(0, VK_FORMAT_R32G32B32A32_SFLOAT, 0), new Attribute(1, VK_FORMAT_R32G32B32A32_SFLOAT, 16),
                new Attribute(2, VK_FORMAT_R8G8B8A8_UNORM, 32), new Attribute(3, VK_FORMAT_R8G8B8A8_UNORM, 36)));
    }

    private ImpostorPipeline(VulkanDevice device, SceneTarget target, String shader, int stride,
                             java.util.List<Attribute> instanceAttributes) {
        this.device = device;
        try (MemoryStack stack = stackPush();
             ShaderModule vertex = new ShaderModule(device, shader + ".vert");
             ShaderModule fragment = new ShaderModule(device, shader + ".frag")) {
            LongBuffer handle = stack.mallocLong(1);
            VkPushConstantRange.Buffer push = VkPushConstantRange.calloc(1, stack)
                    .stageFlags(VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT).offset(0).size(PUSH_CONSTANT_BYTES);
            VkResults.check(vkCreatePipelineLayout(device.handle(), VkPipelineLayoutCreateInfo.calloc(stack)
                    .sType$Default().pPushConstantRanges(push), null, handle), "create " + shader + " pipeline layout");
            this.layout = handle.get(0);

            VkPipelineShaderStageCreateInfo.Buffer stages = VkPipelineShaderStageCreateInfo.calloc(2, stack);
            stages.get(0).sType$Default().stage(VK_SHADER_STAGE_VERTEX_BIT).module(vertex.handle()).pName(stack.UTF8("main"));
            stages.get(1).sType$Default().stage(VK_SHADER_STAGE_FRAGMENT_BIT).module(fragment.handle()).pName(stack.UTF8("main"));

            VkVertexInputBindingDescription.Buffer binding = VkVertexInputBindingDescription.calloc(1, stack)
                    .binding(0).stride(stride).inputRate(VK_VERTEX_INPUT_RATE_INSTANCE);
            VkVertexInputAttributeDescription.Buffer attributes =
                    VkVertexInputAttributeDescription.calloc(instanceAttributes.size(), stack);
            for (int i = 0; i < instanceAttributes.size(); i++) {
                Attribute a = instanceAttributes.get(i);
                attributes.get(i).location(a.location()).binding(0).format(a.format()).offset(a.offset());
            }

            VkViewport.Buffer viewport = VkViewport.calloc(1, stack)
                    .x(0).y(0).width(target.width()).height(target.height()).minDepth(0).maxDepth(1);
            VkRect2D.Buffer scissor = VkRect2D.calloc(1, stack);
            scissor.get(0).extent().set(target.width(), target.height());

            VkGraphicsPipelineCreateInfo.Buffer info = VkGraphicsPipelineCreateInfo.calloc(1, stack).sType$Default()
                    .stageCount(2).pStages(stages)
                    .pVertexInputState(VkPipelineVertexInputStateCreateInfo.calloc(stack).sType$Default()
                            .pVertexBindingDescriptions(binding).pVertexAttributeDescriptions(attributes))
                    .pInputAssemblyState(VkPipelineInputAssemblyStateCreateInfo.calloc(stack).sType$Default()
                            .topology(VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST))
                    .pViewportState(VkPipelineViewportStateCreateInfo.calloc(stack).sType$Default()
                            .viewportCount(1).pViewports(viewport).scissorCount(1).pScissors(scissor))
                    .pRasterizationState(VkPipelineRasterizationStateCreateInfo.calloc(stack).sType$Default()
                            .polygonMode(VK_POLYGON_MODE_FILL).cullMode(VK_CULL_MODE_NONE)
                            .frontFace(VK_FRONT_FACE_COUNTER_CLOCKWISE).lineWidth(1f))
                    .pMultisampleState(VkPipelineMultisampleStateCreateInfo.calloc(stack).sType$Default()
                            .rasterizationSamples(target.samples()).alphaToCoverageEnable(target.samples() > 1))
                    .pDepthStencilState(VkPipelineDepthStencilStateCreateInfo.calloc(stack).sType$Default()
                            .depthTestEnable(true).depthWriteEnable(true).depthCompareOp(VK_COMPARE_OP_LESS))
                    .pColorBlendState(VkPipelineColorBlendStateCreateInfo.calloc(stack).sType$Default()
                            .pAttachments(VkPipelineColorBlendAttachmentState.calloc(1, stack).colorWriteMask(
                                    VK_COLOR_COMPONENT_R_BIT | VK_COLOR_COMPONENT_G_BIT
                                            | VK_COLOR_COMPONENT_B_BIT | VK_COLOR_COMPONENT_A_BIT)))
                    .layout(layout).renderPass(target.renderPass()).subpass(0);
            VkResults.check(vkCreateGraphicsPipelines(device.handle(), VK_NULL_HANDLE, info, null, handle),
                    "create " + shader + " pipeline");
            this.pipeline = handle.get(0);
        }
    }

    /** Records the draw of {@code count} instances from {@code instances}, with the frame's push constants. */
    void draw(VkCommandBuffer commands, java.nio.ByteBuffer frameConstants, long instances, int count) {
        if (count == 0) {
            return;
        }
        vkCmdBindPipeline(commands, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
        vkCmdPushConstants(commands, layout, VK_SHADER_STAGE_VERTEX_BIT | VK_SHADER_STAGE_FRAGMENT_BIT, 0, frameConstants);
        try (MemoryStack stack = stackPush()) {
            vkCmdBindVertexBuffers(commands, 0, stack.longs(instances), stack.longs(0));
        }
        vkCmdDraw(commands, 6, count, 0, 0);
    }

    @Override
    public void close() {
        vkDestroyPipeline(device.handle(), pipeline, null);
        vkDestroyPipelineLayout(device.handle(), layout, null);
    }
}
