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
import org.lwjgl.vulkan.VkViewport;

/**
 * Owns the pipeline that draws the test pattern: one triangle, apex up, spanning the middle
 * half of the target, filled with a colour given per draw. Its geometry lives in the vertex
 * shader, so drawing it exercises shader compilation, rasterisation and the push-constant path.
 */
final class TestPatternPipeline implements AutoCloseable {

    private static final int PUSH_CONSTANT_BYTES = 16; // one vec4 fill colour

    private final VulkanDevice device;
    private final long layout;
    private final long pipeline;

    TestPatternPipeline(VulkanDevice device, SceneTarget target) {
        this.device = device;
        try (MemoryStack stack = stackPush()) {
            LongBuffer handle = stack.mallocLong(1);
            VkPushConstantRange.Buffer push = VkPushConstantRange.calloc(1, stack)
                    .stageFlags(VK_SHADER_STAGE_FRAGMENT_BIT).offset(0).size(PUSH_CONSTANT_BYTES);
            VkResults.check(vkCreatePipelineLayout(device.handle(), VkPipelineLayoutCreateInfo.calloc(stack)
                    .sType$Default().pPushConstantRanges(push), null, handle), "create test-pattern pipeline layout");
            this.layout = handle.get(0);

            // shader modules are only needed while the pipeline is built
            try (ShaderModule vertexShader = new ShaderModule(device, "test-pattern.vert");
                 ShaderModule fragmentShader = new ShaderModule(device, "test-pattern.frag")) {
                long vertex = vertexShader.handle();
                long fragment = fragmentShader.handle();
                VkPipelineShaderStageCreateInfo.Buffer stages = VkPipelineShaderStageCreateInfo.calloc(2, stack);
                stages.get(0).sType$Default().stage(VK_SHADER_STAGE_VERTEX_BIT).module(vertex).pName(stack.UTF8("main"));
                stages.get(1).sType$Default().stage(VK_SHADER_STAGE_FRAGMENT_BIT).module(fragment).pName(stack.UTF8("main"));

                VkViewport.Buffer viewport = VkViewport.calloc(1, stack)
                        .x(0).y(0).width(target.width()).height(target.height()).minDepth(0).maxDepth(1);
                VkRect2D.Buffer scissor = VkRect2D.calloc(1, stack);
                scissor.get(0).extent().set(target.width(), target.height());

                VkGraphicsPipelineCreateInfo.Buffer info = VkGraphicsPipelineCreateInfo.calloc(1, stack)
                        .sType$Default()
                        .stageCount(2).pStages(stages)
                        .pVertexInputState(VkPipelineVertexInputStateCreateInfo.calloc(stack).sType$Default())
                        .pInputAssemblyState(VkPipelineInputAssemblyStateCreateInfo.calloc(stack).sType$Default()
                                .topology(VK_PRIMITIVE_TOPOLOGY_TRIANGLE_LIST))
                        .pViewportState(VkPipelineViewportStateCreateInfo.calloc(stack).sType$Default()
                                .viewportCount(1).pViewports(viewport).scissorCount(1).pScissors(scissor))
                        .pRasterizationState(VkPipelineRasterizationStateCreateInfo.calloc(stack).sType$Default()
                                .polygonMode(VK_POLYGON_MODE_FILL).cullMode(VK_CULL_MODE_NONE)
                                .frontFace(VK_FRONT_FACE_COUNTER_CLOCKWISE).lineWidth(1f))
                        .pMultisampleState(VkPipelineMultisampleStateCreateInfo.calloc(stack).sType$Default()
                                .rasterizationSamples(target.samples()))
                        // the target has a depth attachment; the flat pattern neither tests nor writes it
                        .pDepthStencilState(VkPipelineDepthStencilStateCreateInfo.calloc(stack).sType$Default())
                        .pColorBlendState(VkPipelineColorBlendStateCreateInfo.calloc(stack).sType$Default()
                                .pAttachments(VkPipelineColorBlendAttachmentState.calloc(1, stack).colorWriteMask(
                                        VK_COLOR_COMPONENT_R_BIT | VK_COLOR_COMPONENT_G_BIT
                                                | VK_COLOR_COMPONENT_B_BIT | VK_COLOR_COMPONENT_A_BIT)))
                        .layout(layout).renderPass(target.renderPass()).subpass(0);
                VkResults.check(vkCreateGraphicsPipelines(device.handle(), VK_NULL_HANDLE, info, null, handle),
                        "create test-pattern pipeline");
                this.pipeline = handle.get(0);
            }
        }
    }

    /** Records the draw of the triangle in {@code fillRgba}. */
    void draw(VkCommandBuffer commands, float[] fillRgba) {
        vkCmdBindPipeline(commands, VK_PIPELINE_BIND_POINT_GRAPHICS, pipeline);
        try (MemoryStack stack = stackPush()) {
            vkCmdPushConstants(commands, layout, VK_SHADER_STAGE_FRAGMENT_BIT, 0, stack.floats(fillRgba));
        }
        vkCmdDraw(commands, 3, 1, 0, 0);
    }

    @Override
    public void close() {
        vkDestroyPipeline(device.handle(), pipeline, null);
        vkDestroyPipelineLayout(device.handle(), layout, null);
    }
}
